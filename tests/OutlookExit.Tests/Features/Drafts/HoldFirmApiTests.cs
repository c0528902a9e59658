using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace OutlookExit.Tests.Features.Drafts;

/// <summary>The hold-firm reply through the HTTP API: the new fields, their errors, what is never echoed or logged.</summary>
public class HoldFirmApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Secret = "sk_live_51H8xQmZ2eZvKYlo2C8xQmZ2eZvKYlo2C";

    private static JsonObject Request(string language = "en", Action<JsonObject>? change = null)
    {
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", "requests", $"holdfirm-{language}-stay.json")))!.AsObject();
        node.Remove("clientAsks");
        change?.Invoke(node);
        return node;
    }

    private async Task<HttpResponseMessage> Post(JsonNode json, string? acceptLanguage = null)
    {
        var content = new StringContent(json.ToJsonString(), Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
        using var message = new HttpRequestMessage(HttpMethod.Post, "/api/drafts") { Content = content };
        if (acceptLanguage is not null) message.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        return await factory.CreateClient().SendAsync(message);
    }

    private static async Task<JsonObject> Body(HttpResponseMessage response) => (await response.Content.ReadFromJsonAsync<JsonObject>())!;

    private static string[] Asks(JsonObject body) => [.. body["clientAsks"]!.AsArray().Select(a => (string)a!)];

    [Theory]
    [InlineData("en", "We'd really like you to stay. Would you reconsider?", "stay")]
    [InlineData("en", "Can you tell us why you are leaving?", "why")]
    [InlineData("cs", "Mohl byste nám prosím napsat, proč končíte?", "why")]
    [InlineData("cs", "Zůstaňte prosím, moc bychom si to přáli.", "stay")]
    public async Task TheAsksAreReadFromTheClientsMessageAndAnswered(string language, string message, string ask)
    {
        var response = await Post(Request(language, o => o["clientMessage"] = message));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await Body(response);
        Assert.Equal("holdFirm", (string?)body["kind"]);
        Assert.Contains(ask, Asks(body));
        Assert.Equal(language == "cs" ? "2026-12-31" : "2026-12-11", (string?)body["lastWorkingDay"]);
        Assert.Empty(body["findings"]!.AsArray());
        var text = (string)body["text"]!;
        // Never quoted: no sentence of the client's message appears in the reply.
        foreach (var part in message.Split(['.', '?', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            Assert.DoesNotContain(part, text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TheUsersAsksOverrideTheDetectedOnesAndComeBackInTheContractsOrder()
    {
        var body = await Body(await Post(Request(change: o =>
        {
            o["clientMessage"] = "Would you stay if we paid more?";
            o["clientAsks"] = new JsonArray("invoice", "moreTime", "invoice");
        })));
        Assert.Equal(["moreTime", "invoice"], Asks(body));
        var text = (string)body["text"]!;
        Assert.Contains("2026-041", text);
        Assert.Contains("11 December 2026", text);
    }

    [Fact]
    public async Task AnEmptyOverrideIsANoAskReply()
    {
        var body = await Body(await Post(Request(change: o => o["clientAsks"] = new JsonArray())));
        Assert.Equal(["other"], Asks(body));
    }

    [Fact]
    public async Task WithoutTheClientsMessageOrTheLastWorkingDayTheRequestIsAProblemNamingEach()
    {
        var response = await Post(Request(change: o => { o.Remove("clientMessage"); o["plan"]!.AsObject().Remove("lastWorkingDay"); }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await Body(response))["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("clientMessage"));
        Assert.True(errors.ContainsKey("plan.lastWorkingDay"));

        var blank = await Post(Request(change: o => o["clientMessage"] = " \n\t "));
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.Equal(["clientMessage"], (await Body(blank))["errors"]!.AsObject().Select(e => e.Key));

        var noPlan = await Post(Request(change: o => o.Remove("plan")));
        Assert.Equal(["plan.lastWorkingDay"], (await Body(noPlan))["errors"]!.AsObject().Select(e => e.Key));
    }

    [Theory]
    [InlineData(null, "Is required for holdFirm")]
    [InlineData("cs", "Vložte poslední zprávu klienta")]
    public async Task TheErrorsCarryStableCodesAndSpeakTheCallersLanguage(string? acceptLanguage, string clientMessageText)
    {
        var response = await Post(Request(change: o => { o.Remove("clientMessage"); o["plan"]!.AsObject().Remove("lastWorkingDay"); }), acceptLanguage);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await Body(response);
        Assert.Equal("holdFirm.clientMessage.required", (string?)body["codes"]!["clientMessage"]![0]!["code"]);
        Assert.Equal("holdFirm.lastWorkingDay.required", (string?)body["codes"]!["plan.lastWorkingDay"]![0]!["code"]);
        Assert.StartsWith(clientMessageText, (string?)body["errors"]!["clientMessage"]![0]);

        var tooLong = await Body(await Post(Request(change: o => o["clientMessage"] = new string('x', 10_001)), acceptLanguage));
        var code = tooLong["codes"]!["clientMessage"]![0]!;
        Assert.Equal("text.tooLong", (string?)code["code"]);
        Assert.Equal(10_000, (int)code["args"]!["max"]!);

        var unknown = await Body(await Post(Request(change: o => o["clientAsks"] = new JsonArray("stay", "discount")), acceptLanguage));
        Assert.Equal("json.enumValue", (string?)unknown["codes"]!["clientAsks[1]"]![0]!["code"]);
    }

    [Fact]
    public async Task TheLimitCountsTheNewTextNotTheQuotedHistoryBelowIt()
    {
        var history = "\n\nOn Mon, 30 Nov 2026 at 09:12, Alex Rivera <alex@rivera.example> wrote:\n" +
            string.Concat(Enumerable.Repeat("> Thank you for the last two years of work together.\n", 400));
        var thread = "Hi Alex,\n\nIs there any way you would stay until March?\n\nJordan" + history;
        Assert.True(thread.Length > 10_000);
        var response = await Post(Request(change: o => o["clientMessage"] = thread));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var asks = (await Body(response))["clientAsks"]!.AsArray().Select(a => (string?)a).ToList();
        Assert.Contains("moreTime", asks);

        var longNew = string.Concat(Enumerable.Repeat("Please stay. ", 800))[..10_001] + history;
        Assert.Equal(HttpStatusCode.BadRequest, (await Post(Request(change: o => o["clientMessage"] = longNew))).StatusCode);
    }

    [Fact]
    public async Task TheClientsMessageMayHoldTenThousandCharactersAndNoMore()
    {
        var longest = string.Concat(Enumerable.Repeat("Please stay. ", 800))[..10_000];
        Assert.Equal(HttpStatusCode.OK, (await Post(Request(change: o => o["clientMessage"] = longest))).StatusCode);
        var response = await Post(Request(change: o => o["clientMessage"] = longest + "x"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await Body(response);
        Assert.Equal(["clientMessage"], body["errors"]!.AsObject().Select(e => e.Key));
        Assert.DoesNotContain("Please stay", body.ToJsonString());
    }

    [Fact]
    public async Task AnUnknownAskIsAProblemNamingItsPosition()
    {
        var response = await Post(Request(change: o => o["clientAsks"] = new JsonArray("stay", "discount")));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await Body(response);
        var error = Assert.Single(body["errors"]!.AsObject());
        Assert.Equal("clientAsks[1]", error.Key);
        Assert.Contains("moreMoney", (string?)error.Value![0]);
        Assert.DoesNotContain("discount", body.ToJsonString());
    }

    [Fact]
    public async Task OnOtherKindsTheClientsFieldsAreIgnored()
    {
        var sample = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", "requests", "termination-en-sample.json")))!.AsObject();
        var plain = await (await Post(sample.DeepClone())).Content.ReadAsStringAsync();
        var with = sample.DeepClone().AsObject();
        with["clientMessage"] = "Please stay! " + Secret + " " + new string('x', 12_000);
        with["clientAsks"] = new JsonArray("stay");
        var response = await Post(with);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(plain, text);
        Assert.Null((await Body(await Post(with)))["clientAsks"]);
    }

    [Fact]
    public async Task ASecretOrMarkupInTheClientsMessageIsNoErrorAndIsNeverEchoed()
    {
        var message = $"Please stay. Our new login is password: Hunter2!Secret and the key is {Secret}. <script>alert('x')</script> <b onclick=\"y()\">bold</b>";
        var response = await Post(Request(change: o => o["clientMessage"] = message));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var raw = await response.Content.ReadAsStringAsync();
        foreach (var leak in new[] { Secret, "Hunter2", "script", "onclick", "alert", "bold" })
            Assert.DoesNotContain(leak, raw, StringComparison.OrdinalIgnoreCase);
        Assert.Empty((await Body(response))["findings"]!.AsArray());
    }

    [Fact]
    public async Task TheUsersOwnWordsAreCheckedAndAWaffleThatReopensTheDecisionIsAnError()
    {
        const string note = "If you want I could stay a little longer.";
        var body = await Body(await Post(Request(change: o => o["personalNote"] = note)));
        var finding = Assert.Single(body["findings"]!.AsArray(), f => (string?)f!["category"] == "waffle");
        Assert.Equal("error", (string?)finding!["severity"]);
        Assert.Equal("personalNote", (string?)finding["field"]);
        Assert.StartsWith("waffle.", (string?)finding["ruleId"]);

        // A secret in the user's own words is still refused, naming the field.
        var secret = await Post(Request(change: o => o["personalNote"] = "The key is " + Secret));
        Assert.Equal((HttpStatusCode)422, secret.StatusCode);
        Assert.DoesNotContain(Secret, await secret.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task NoNoticeOrDueDateRemarksAreMadeForTheReply()
    {
        // Short notice, an overdue invoice and work due after the last day would each be a finding on a termination.
        var body = await Body(await Post(Request(change: o =>
        {
            o["plan"]!["lastWorkingDay"] = "2026-11-30";
            o["plan"]!["invoices"]![0]!["due"] = "2026-11-01";
            o["plan"]!["deliverables"]![0]!["due"] = "2026-12-20";
        })));
        Assert.Empty(body["findings"]!.AsArray());
        Assert.Contains("30 November 2026", (string)body["text"]!);
    }

    [Fact]
    public async Task TheClientsMessageNeverReachesTheLogs()
    {
        var sink = new Hostile.LogSink();
        using var app = factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(sink).SetMinimumLevel(LogLevel.Trace)));
        var client = app.CreateClient();
        const string marker = "Okapi-lantern client marker";
        await client.PostAsJsonAsync("/api/drafts", Request(change: o => o["clientMessage"] = marker + " please stay"));
        await client.PostAsJsonAsync("/api/drafts", Request(change: o => { o["clientMessage"] = marker; o["clientAsks"] = new JsonArray("nope"); }));
        await client.PostAsJsonAsync("/api/drafts", Request(change: o => { o["clientMessage"] = marker; o["plan"]!["lastWorkingDay"] = "2020-01-01"; }));
        Assert.NotEmpty(sink.Lines);
        Assert.DoesNotContain(sink.Lines, l => l.Message.Contains("Okapi-lantern", StringComparison.Ordinal)
            || (l.Exception?.ToString().Contains("Okapi-lantern", StringComparison.Ordinal) ?? false));
    }

    [Theory]
    [InlineData("en", "Reply to pushback", "Asks why")]
    [InlineData("cs", "Odpověď na reakci klienta", "Otázka na důvod")]
    public async Task OptionsOfferTheReplyAndItsAsksWithLabels(string language, string label, string whyLabel)
    {
        var body = (await factory.CreateClient().GetFromJsonAsync<JsonObject>($"/api/options?language={language}"))!;
        var kind = Assert.Single(body["kinds"]!.AsArray(), k => (string?)k!["value"] == "holdFirm")!;
        Assert.Equal(label, (string?)kind["label"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)kind["guidance"]));
        var asks = body["clientAsks"]!.AsArray();
        Assert.Equal(["stay", "moreMoney", "why", "moreTime", "extraWork", "invoice", "replacement", "acceptance", "other"],
            asks.Select(a => (string)a!["value"]!));
        Assert.Equal(whyLabel, (string?)asks[2]!["label"]);
        Assert.All(asks, a => Assert.False(string.IsNullOrWhiteSpace((string?)a!["guidance"])));
        Assert.Equal(9, asks.Select(a => (string?)a!["label"]).Distinct().Count());
    }
}
