using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace OutlookExit.Tests.Hostile;

/// <summary>Strict JSON (numbers are numbers, a key appears once), charsets other than UTF-8 refused as 415 without an
/// error log, and the HTTP fuzz cases of the issue.</summary>
public sealed class StrictInputTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Valid = """
        {"kind":"termination","language":"en","sender":{"name":"Alex Rivera"},"client":{"name":"Jordan Lee"},
         "plan":{"invoices":[{"number":"2026-041","amount":1200.5,"currency":"EUR","due":"2026-12-01"}]}}
        """;

    private async Task<(HttpStatusCode Status, JsonNode? Body)> Post(string json, string contentType = "application/json")
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        var response = await factory.CreateClient().PostAsync("/api/drafts", content);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    [Fact]
    public async Task TheValidBodyIsAccepted() => Assert.Equal(HttpStatusCode.OK, (await Post(Valid)).Status);

    [Theory]
    [InlineData("\"amount\":1200.5", "\"amount\":\"1200.5\"", "plan.invoices[0].amount")]
    [InlineData("\"amount\":1200.5", "\"amount\":\"NaN\"", "plan.invoices[0].amount")]
    [InlineData("\"amount\":1200.5", "\"amount\":\"Infinity\"", "plan.invoices[0].amount")]
    public async Task NumbersSentAsStringsAre400NamingTheField(string from, string to, string field)
    {
        var (status, body) = await Post(Valid.Replace(from, to, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(field, body!["errors"]!.AsObject().Select(e => e.Key));
    }

    [Theory]
    [InlineData("{\"kind\":\"termination\",", "{\"kind\":\"thankYou\",\"kind\":\"termination\",", "kind")]
    [InlineData("\"sender\":{\"name\":\"Alex Rivera\"}", "\"sender\":{\"name\":\"Mallory\",\"name\":\"Alex Rivera\"}", "sender.name")]
    [InlineData("\"amount\":1200.5", "\"amount\":1,\"amount\":1200.5", "plan.invoices[0].amount")]
    public async Task DuplicateKeysAre400NamingTheField(string from, string to, string field)
    {
        var (status, body) = await Post(Valid.Replace(from, to, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var errors = body!["errors"]!.AsObject();
        Assert.Contains(field, errors.Select(e => e.Key));
        Assert.Contains("more than once", (string?)errors[field]![0], StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("application/json; charset=utf-7")]
    [InlineData("application/json; charset=utf-16")]
    [InlineData("application/json; charset=latin1")]
    [InlineData("application/json; charset=nonsense")]
    [InlineData("application/json; charset=\"x-unknown\"")]
    public async Task CharsetsOtherThanUtf8Are415WithoutAnErrorLog(string contentType)
    {
        var sink = new LogSink();
        using var app = factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(sink)));
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Valid));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        var response = await app.CreateClient().PostAsync("/api/drafts", content);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(sink.Lines, l => l.Level >= LogLevel.Error || l.Exception is not null);
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json; charset=UTF-8")]
    [InlineData("application/json")]
    public async Task Utf8IsAccepted(string contentType) => Assert.Equal(HttpStatusCode.OK, (await Post(Valid, contentType)).Status);
}
