using System.Net;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace OutlookExit.Tests.Hostile;

/// <summary>The manifests and pane config never take the origin from the request's Host header, a bad Host is a
/// 400 problem (never a 500) logged at most once a minute, and the manifests carry cache headers and answer HEAD.</summary>
public sealed class HostTests
{
    private const string ClientId = "5d3f8a2c-1b4e-4c6d-9f7a-2e8b0c1d3f5a";

    private static async Task<HttpResponseMessage> Send(PeerFactory factory, string method, string path, string? host = null, Action<HttpRequestMessage>? change = null)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (host is not null) request.Headers.TryAddWithoutValidation("Host", host);
        change?.Invoke(request);
        return await factory.CreateClient().SendAsync(request);
    }

    [Theory]
    [InlineData("/manifest.xml")]
    [InlineData("/manifest.json")]
    [InlineData("/api/pane-config")]
    public async Task WithoutPublicOriginTheHostHeaderIsNeverStampedIn(string path)
    {
        using var factory = new PeerFactory(("AzureAd:ClientId", ClientId));
        var response = await Send(factory, "GET", path, host: "evil.example");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("evil.example", body, StringComparison.OrdinalIgnoreCase);
        // The test server listens nowhere, so its own address is the loopback fallback.
        Assert.Contains("localhost", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublicOriginIsStampedIntoEveryUrlOfWellFormedDocuments()
    {
        using var factory = new PeerFactory(("PublicOrigin", "https://exit.example.com"), ("AzureAd:ClientId", ClientId));
        var xml = await (await Send(factory, "GET", "/manifest.xml", host: "evil.example")).Content.ReadAsStringAsync();
        var json = await (await Send(factory, "GET", "/manifest.json", host: "evil.example")).Content.ReadAsStringAsync();
        foreach (var body in new[] { xml, json })
        {
            Assert.DoesNotContain("evil.example", body, StringComparison.Ordinal);
            Assert.DoesNotContain("localhost:5001", body, StringComparison.Ordinal);
            Assert.DoesNotContain("00000000-0000-0000-0000-000000000000", body, StringComparison.Ordinal);
            Assert.Contains("https://exit.example.com/index.html", body, StringComparison.Ordinal);
        }
        var doc = XDocument.Parse(xml);
        var resource = doc.Descendants().Single(e => e.Name.LocalName == "WebApplicationInfo").Elements().Single(e => e.Name.LocalName == "Resource");
        Assert.Equal($"api://exit.example.com/{ClientId}", resource.Value);
        var unified = JsonNode.Parse(json)!;
        Assert.Equal("exit.example.com", (string?)unified["validDomains"]![0]);
        Assert.Equal(ClientId, (string?)unified["webApplicationInfo"]!["id"]);
    }

    [Theory]
    [InlineData("http://exit.example.com", "https")]
    [InlineData("exit.example.com", "absolute URL")]
    [InlineData("ftp://exit.example.com", "absolute URL")]
    [InlineData("https://exit.example.com/pane", "origin only")]
    [InlineData("https://user@exit.example.com", "origin only")]
    public void AMalformedPublicOriginStopsTheStartWithAClearMessage(string origin, string expected)
    {
        using var factory = new PeerFactory(("PublicOrigin", origin));
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("PublicOrigin", error.ToString());
        Assert.Contains(expected, error.ToString());
    }

    [Theory]
    [InlineData("http://localhost:5000")]
    [InlineData("http://127.0.0.1:8080")]
    [InlineData("https://exit.example.com/")]
    public async Task AnHttpsOrLoopbackPublicOriginIsAccepted(string origin)
    {
        using var factory = new PeerFactory(("PublicOrigin", origin));
        var body = await (await Send(factory, "GET", "/manifest.json")).Content.ReadAsStringAsync();
        Assert.Contains(origin.TrimEnd('/') + "/index.html", body, StringComparison.Ordinal);
    }

    public static TheoryData<string> BadHosts() => ["a&b", "exit.example.com:99999", "ex ample.com", "[::1", "exit.example.com:80x", "a<b>c", "\"q\""];

    [Theory]
    [MemberData(nameof(BadHosts))]
    public async Task ABadHostIsA400ProblemNeverA500(string host)
    {
        using var factory = new PeerFactory();
        foreach (var path in new[] { "/manifest.xml", "/manifest.json", "/api/pane-config", "/api/options", "/" })
        {
            var response = await Send(factory, "GET", path, host: host);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("Host", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject().Single().Key);
        }
    }

    [Fact]
    public async Task BadHostsAreLoggedOnceAnIntervalNotOncePerRequest()
    {
        var sink = new LogSink();
        using var factory = new PeerFactory();
        using var app = factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(sink).SetMinimumLevel(LogLevel.Trace)));
        var client = app.CreateClient();
        for (var i = 0; i < 200; i++)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/manifest.xml");
            request.Headers.TryAddWithoutValidation("Host", "a&b");
            Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(request)).StatusCode);
        }
        Assert.Single(sink.Lines, l => l.Category == "OutlookExit.ClientErrors");
        Assert.DoesNotContain(sink.Lines, l => l.Level >= LogLevel.Error);
        Assert.DoesNotContain(sink.Lines, l => l.Level >= LogLevel.Warning && l.Message.Contains("a&b", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/manifest.xml", "application/xml")]
    [InlineData("/manifest.json", "application/json")]
    [InlineData("/manifest.zip", "application/zip")]
    public async Task ManifestsCarryCacheHeadersRevalidateAndAnswerHead(string path, string type)
    {
        using var factory = new PeerFactory(("PublicOrigin", "https://exit.example.com"));
        var first = await Send(factory, "GET", path);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(type, first.Content.Headers.ContentType?.MediaType);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag!.IsWeak);
        Assert.Contains("max-age=300", first.Headers.CacheControl?.ToString());
        Assert.True(first.Headers.CacheControl!.Public);

        var again = await Send(factory, "GET", path);
        Assert.Equal(etag, again.Headers.ETag);
        var revalidated = await Send(factory, "GET", path, change: r => r.Headers.IfNoneMatch.Add(etag));
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync());

        var head = await Send(factory, "HEAD", path);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(etag, head.Headers.ETag);
    }

    [Fact]
    public async Task ADifferentPublicOriginIsADifferentETag()
    {
        using var one = new PeerFactory(("PublicOrigin", "https://one.example.com"));
        using var two = new PeerFactory(("PublicOrigin", "https://two.example.com"));
        Assert.NotEqual((await Send(one, "GET", "/manifest.xml")).Headers.ETag, (await Send(two, "GET", "/manifest.xml")).Headers.ETag);
    }
}
