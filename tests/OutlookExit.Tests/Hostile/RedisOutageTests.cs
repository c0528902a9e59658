using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using OutlookExit.Tests.Features.ReplyDrafts.Infrastructure;
using static OutlookExit.Tests.Features.ReplyDrafts.Infrastructure.ReplyDraftRequests;

namespace OutlookExit.Tests.Hostile;

/// <summary>Redis unreachable at start or later: drafting, the pane and the manifests keep working, reply drafts
/// answer 503 with Retry-After at once, readiness names the degraded part, and the server reconnects by itself.</summary>
public sealed class RedisOutageTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private static string ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"127.0.0.1:{port}";
    }

    private static async Task<JsonObject> Ready(HttpClient client, HttpStatusCode expected)
    {
        var response = await client.GetAsync("/healthz/ready");
        Assert.Equal(expected, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    [Fact]
    public async Task RedisUnreachableAtStartLeavesEverythingButReplyDraftsWorking()
    {
        using var factory = new ReplyDraftsFactory { Redis = ClosedPort() };
        var client = factory.CreateClient(TestTokens.Mint());

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/drafts", ReplyDraftRequestsDraft())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/manifest.xml")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/index.html")).StatusCode);

        var ready = await Ready(client, HttpStatusCode.OK);
        Assert.Equal("degraded", (string?)ready["status"]);
        Assert.Equal(["redis"], ready["degraded"]!.AsArray().Select(n => (string)n!).ToArray());
        Assert.Equal("degraded", (string?)ready["checks"]!["redis"]!["status"]);
        Assert.Equal("healthy", (string?)ready["checks"]!["drafting"]!["status"]);

        var watch = Stopwatch.StartNew();
        var reply = await client.PostAsync(Body(), NewKey());
        watch.Stop();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, reply.StatusCode);
        Assert.True(reply.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("application/problem+json", reply.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await reply.Content.ReadAsStringAsync())!;
        Assert.Contains("Redis", (string?)problem["detail"]);
        // At once, not after a command timeout (the test factory sets 10 s): a queued command would take that long.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"503 took {watch.Elapsed.TotalMilliseconds:F0} ms");
        Assert.Equal(0, factory.Graph.Count("POST", "/createReply"));
    }

    [Fact]
    public async Task RedisDyingAndComingBackIsA503ThenDraftsAgainWithoutARestart()
    {
        using var factory = new ReplyDraftsFactory { Redis = redis.ConnectionString };
        var client = factory.CreateClient(TestTokens.Mint());
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync(Body(), NewKey())).StatusCode);
        Assert.Equal("healthy", (string?)(await Ready(client, HttpStatusCode.OK))["checks"]!["redis"]!["status"]);

        redis.Kill();
        try
        {
            var down = await WaitFor(async () => (await client.PostAsync(Body(), NewKey())).StatusCode == HttpStatusCode.ServiceUnavailable);
            Assert.True(down, "reply drafts never answered 503 while Redis was down");
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/drafts", ReplyDraftRequestsDraft())).StatusCode);
            Assert.Equal("degraded", (string?)(await Ready(client, HttpStatusCode.OK))["checks"]!["redis"]!["status"]);
        }
        finally
        {
            await redis.StartAsync();
        }

        var key = NewKey();
        var back = await WaitFor(async () => (await client.PostAsync(Body(), key)).StatusCode == HttpStatusCode.Created, seconds: 20);
        Assert.True(back, "reply drafts did not recover after Redis came back");
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(Body(), key)).StatusCode);
        Assert.Equal(2, factory.Graph.DraftCount);
    }

    private static async Task<bool> WaitFor(Func<Task<bool>> condition, int seconds = 10)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition()) return true;
            await Task.Delay(250);
        }
        return false;
    }

    internal static object ReplyDraftRequestsDraft() =>
        ((dynamic)Body()).draft;
}
