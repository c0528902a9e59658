using System.Net;
using System.Text.Json.Nodes;
using static OutlookExit.Tests.Features.ReplyDrafts.Infrastructure.ReplyDraftRequests;
using OutlookExit.Tests.Features.ReplyDrafts.Infrastructure;

namespace OutlookExit.Tests.Features.ReplyDrafts;

/// <summary>Two app instances sharing one Redis and one mailbox: the key's claim is atomic across them.</summary>
public sealed class ReplyDraftsRedisTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private static async Task<string> Id(HttpResponseMessage response) =>
        (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!;

    [Fact]
    public async Task TwoInstancesRacingOnOneKeyCreateOneDraft()
    {
        var graph = new FakeGraph { CreateDelay = TimeSpan.FromMilliseconds(500) };
        using var first = new ReplyDraftsFactory(graph) { Redis = redis.ConnectionString };
        using var second = new ReplyDraftsFactory(graph) { Redis = redis.ConnectionString };
        var token = TestTokens.Mint();
        var key = NewKey();
        // Start both hosts before the race so neither is still booting when the other calls Graph.
        first.CreateClient();
        second.CreateClient();

        var responses = await Task.WhenAll(
            first.CreateClient(token).PostAsync(Body(), key),
            second.CreateClient(token).PostAsync(Body(), key));

        Assert.Equal(1, graph.Count("POST", "/createReply"));
        Assert.Equal(1, graph.DraftCount);
        var created = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        var other = Assert.Single(responses, r => r != created);
        // The loser either saw the finished draft or was told to retry while the winner was still working.
        Assert.Contains(other.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict });
        if (other.StatusCode == HttpStatusCode.Conflict) Assert.NotNull(other.Headers.RetryAfter);

        // A retry on either instance now replays the one draft.
        var retry = await second.CreateClient(token).PostAsync(Body(), key);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(await Id(created), await Id(retry));
        Assert.Equal(1, graph.Count("POST", "/createReply"));
    }

    [Fact]
    public async Task AKeyReusedWithADifferentBodyOnAnotherInstanceIs422()
    {
        var graph = new FakeGraph();
        using var first = new ReplyDraftsFactory(graph) { Redis = redis.ConnectionString };
        using var second = new ReplyDraftsFactory(graph) { Redis = redis.ConnectionString };
        var token = TestTokens.Mint();
        var key = NewKey();

        Assert.Equal(HttpStatusCode.Created, (await first.CreateClient(token).PostAsync(Body(), key)).StatusCode);
        var reused = await second.CreateClient(token).PostAsync(Body(personalNote: "Something else entirely."), key);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        Assert.Equal(1, graph.Count("POST", "/createReply"));
    }
}
