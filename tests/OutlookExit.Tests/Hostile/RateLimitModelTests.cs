using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using OutlookExit.Tests.Features.ReplyDrafts.Infrastructure;

namespace OutlookExit.Tests.Hostile;

/// <summary>The rate-limit model: per validated user, per address (IPv6 by /64) otherwise, forwarded headers only from
/// configured proxies, and a concurrency gate for the process.</summary>
public sealed class RateLimitModelTests
{
    private static async Task<List<HttpStatusCode>> Statuses(Func<int, Task<HttpResponseMessage>> send, int count)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++) statuses.Add((await send(i)).StatusCode);
        return statuses;
    }

    [Fact]
    public async Task TwentyPeopleTypingBehindOneNatAreNotLimitedByTheDefaults()
    {
        // The shipped defaults, not the roomy limit of the other tests.
        using var factory = new PeerFactory(("RateLimit:PermitsPerWindow", "1200"));
        var settings = new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddJsonFile(Path.Combine(RepoRoot(), "api", "appsettings.json")).Build();
        Assert.Equal("1200", settings["RateLimit:PermitsPerWindow"]);

        // 20 people × 45 drafts requests in one minute, all from one office address.
        var statuses = await Statuses(_ => factory.GetFrom("198.51.100.7", "/api/options"), 20 * 45);
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
    }

    [Fact]
    public async Task IPv6AddressesAreCountedPerSlash64()
    {
        using var factory = new PeerFactory(("RateLimit:PermitsPerWindow", "3"));
        var sameSite = new[] { "2001:db8:1:2::1", "2001:db8:1:2:aaaa::5", "2001:db8:1:2:ffff:ffff:ffff:ffff", "2001:db8:1:2::77" };
        var statuses = await Statuses(i => factory.GetFrom(sameSite[i], "/api/options"), 4);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        // The next /64 is someone else.
        Assert.Equal(HttpStatusCode.OK, (await factory.GetFrom("2001:db8:1:3::1", "/api/options")).StatusCode);
        // IPv4 addresses are not grouped.
        Assert.Equal(HttpStatusCode.OK, (await factory.GetFrom("198.51.100.8", "/api/options")).StatusCode);
    }

    [Fact]
    public async Task ASpoofedXForwardedForIsIgnoredWithoutConfiguredProxies()
    {
        using var factory = new PeerFactory(("RateLimit:PermitsPerWindow", "3"));
        var statuses = await Statuses(i => factory.GetFrom("203.0.113.5", "/api/options", forwardedFor: $"192.0.2.{i + 1}"), 5);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[3]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[4]);
    }

    [Fact]
    public async Task ForwardedForIsBelievedOnlyFromAConfiguredProxy()
    {
        using var factory = new PeerFactory(("RateLimit:PermitsPerWindow", "2"), ("ForwardedHeaders:KnownProxies:0", "10.0.0.4"),
            ("ForwardedHeaders:KnownNetworks:0", "10.1.0.0/24"));
        // Behind the proxy, each client has its own budget.
        for (var client = 1; client <= 3; client++)
        {
            var statuses = await Statuses(_ => factory.GetFrom("10.0.0.4", "/api/options", forwardedFor: $"192.0.2.{client}"), 2);
            Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, (await factory.GetFrom("10.1.0.9", "/api/options", forwardedFor: "192.0.2.1")).StatusCode);
        // A peer that is not a configured proxy cannot pick its bucket: the same header is ignored.
        var spoofed = await Statuses(i => factory.GetFrom("203.0.113.9", "/api/options", forwardedFor: $"198.51.100.{i + 1}"), 3);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], spoofed);
        // Loopback is not trusted by default either.
        var loopback = await Statuses(i => factory.GetFrom("127.0.0.1", "/api/options", forwardedFor: $"198.51.100.{i + 50}"), 3);
        Assert.Equal(HttpStatusCode.TooManyRequests, loopback[2]);
    }

    [Fact]
    public void AMalformedProxyIsAClearStartUpError()
    {
        using var factory = new PeerFactory(("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/99"));
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("ForwardedHeaders:KnownNetworks", error.ToString());
    }

    private static WebApplicationFactory<Program> SignedIn(int anonymous, int perUser) => new ReplyDraftsFactory().WithWebHostBuilder(b =>
    {
        b.UseSetting("RateLimit:PermitsPerWindow", anonymous.ToString(System.Globalization.CultureInfo.InvariantCulture));
        b.UseSetting("RateLimit:UserPermitsPerWindow", perUser.ToString(System.Globalization.CultureInfo.InvariantCulture));
        PeerAddress.AddTo(b);
    });

    private static Task<HttpResponseMessage> Get(WebApplicationFactory<Program> factory, string peer, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/options");
        request.Headers.Add(PeerAddress.Header, peer);
        if (token is not null) request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return factory.CreateClient().SendAsync(request);
    }

    [Fact]
    public async Task SignedInCallersAreCountedPerUserNotPerAddress()
    {
        using var factory = SignedIn(anonymous: 2, perUser: 3);
        var alex = TestTokens.Mint();
        var sam = TestTokens.Mint(oid: "0b1c2d3e-0000-4000-8000-000000000002");
        var otherTenantSameOid = TestTokens.Mint(tenant: TestTokens.OtherAllowedTenant);
        const string office = "198.51.100.20";

        // The office's anonymous budget is used up ...
        var anonymous = await Statuses(_ => Get(factory, office, null), 3);
        Assert.Equal(HttpStatusCode.TooManyRequests, anonymous[2]);
        // ... yet each signed-in person there still has their own.
        foreach (var token in new[] { alex, sam, otherTenantSameOid })
        {
            var statuses = await Statuses(_ => Get(factory, office, token), 3);
            Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        }
        // A user's budget follows them to another address.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await Get(factory, "192.0.2.99", alex)).StatusCode);
    }

    [Fact]
    public async Task AForgedTokenCountsAgainstTheAddressNotTheUserItNames()
    {
        using var factory = SignedIn(anonymous: 2, perUser: 100);
        var forged = TestTokens.Mint(oid: "0b1c2d3e-0000-4000-8000-0000000000ee", key: TestTokens.UntrustedKey);
        var statuses = await Statuses(_ => Get(factory, "198.51.100.30", forged), 3);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[2]);
    }

    [Fact]
    public async Task TheProcessWideConcurrencyGateAnswers503WhenFull()
    {
        var graph = new FakeGraph { CreateDelay = TimeSpan.FromSeconds(2) };
        using var factory = new ReplyDraftsFactory(graph).WithWebHostBuilder(b =>
        {
            b.UseSetting("RateLimit:MaxConcurrentRequests", "1");
            b.UseSetting("RateLimit:ConcurrencyQueueLimit", "0");
        });
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", TestTokens.Mint());
        // A reply draft waiting on a slow Graph holds the only slot.
        var first = client.PostAsync(ReplyDraftRequests.Body(), ReplyDraftRequests.NewKey());
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (graph.Count("POST", "/createReply") == 0 && DateTime.UtcNow < deadline) await Task.Delay(20);
        Assert.Equal(1, graph.Count("POST", "/createReply"));

        var second = await client.GetAsync("/api/options");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, second.StatusCode);
        Assert.NotNull(second.Headers.RetryAfter);
        // Health stays outside the gate.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);

        Assert.Equal(HttpStatusCode.Created, (await first).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/options")).StatusCode);
    }

    internal static string RepoRoot([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));
}
