using System.Net;
using System.Text.Json.Nodes;
using OutlookExit.Features.ReplyDrafts;
using OutlookExit.Tests.Features.ReplyDrafts.Infrastructure;
using static OutlookExit.Tests.Features.ReplyDrafts.Infrastructure.ReplyDraftRequests;

namespace OutlookExit.Tests.Hostile;

/// <summary>A crash (or a cut connection) at every step of making a reply draft, then a retry with the same key in a
/// new process: exactly one draft, holding the letter, whatever step was cut.</summary>
public sealed class CrashWindowTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private static async Task<string> Id(HttpResponseMessage response) =>
        (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!;

    private static string OnlyDraftBody(FakeGraph graph, string id) =>
        (string)graph.Draft(id)["body"]!["content"]!;

    public static TheoryData<string, bool> Steps() => new()
    {
        // The request reached Graph and Graph did the work; its answer never came back.
        { "POST /createReply", false },
        { "POST /createReply", true },
        { "PATCH", false },
        { "PATCH", true },
        { "PATCH+DELETE", false },
        { "PATCH+DELETE", true },
        { "GET /mailFolders/drafts/messages", false },
    };

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task ACutAtAnyStepThenARetryInANewProcessLeavesExactlyOneDraft(string cut, bool sharedRedis)
    {
        var graph = new FakeGraph();
        var key = NewKey();
        var token = TestTokens.Mint();
        var methods = cut.Split('+');
        graph.DropAnswer = r => methods.Any(m => m switch
        {
            "PATCH" => r.Method == "PATCH",
            "DELETE" => r.Method == "DELETE",
            _ => $"{r.Method} {r.Path}".EndsWith(m.Split(' ')[1], StringComparison.Ordinal) && r.Method == m.Split(' ')[0],
        });

        using (var before = new ReplyDraftsFactory(graph) { Redis = sharedRedis ? redis.ConnectionString : null })
        {
            var first = await before.CreateClient(token).PostAsync(Body(), key);
            Assert.Equal(HttpStatusCode.BadGateway, first.StatusCode);
        }

        graph.DropAnswer = null;
        // A new process: whatever was in its memory is gone; Redis (when used) and the mailbox are not.
        using var after = new ReplyDraftsFactory(graph) { Redis = sharedRedis ? redis.ConnectionString : null };
        var retry = await after.CreateClient(token).PostAsync(Body(), key);
        Assert.Contains(retry.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.OK });
        var id = await Id(retry);

        Assert.Equal(1, graph.DraftCount);
        var body = OnlyDraftBody(graph, id);
        Assert.True(ReplyBody.HasLetter(body), "the draft holds the letter");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(body, "outlookexit-letter"));
        Assert.Contains(FakeGraph.QuotedOriginal, body);

        // And again: the same one draft.
        var again = await after.CreateClient(token).PostAsync(Body(), key);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(id, await Id(again));
        Assert.Equal(1, graph.DraftCount);
    }

    [Fact]
    public async Task APlainTextDraftLeftWithoutItsLetterIsFinishedWithItsQuoteEncodedAsText()
    {
        var graph = new FakeGraph { PlainTextBodies = true };
        var key = NewKey();
        var token = TestTokens.Mint();
        graph.DropAnswer = r => r.Method == "POST" && r.Path.EndsWith("/createReply", StringComparison.Ordinal);
        using (var before = new ReplyDraftsFactory(graph))
            Assert.Equal(HttpStatusCode.BadGateway, (await before.CreateClient(token).PostAsync(Body(), key)).StatusCode);

        graph.DropAnswer = null;
        using var after = new ReplyDraftsFactory(graph);
        var retry = await after.CreateClient(token).PostAsync(Body(), key);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);

        Assert.Equal(1, graph.DraftCount);
        var body = OnlyDraftBody(graph, await Id(retry));
        Assert.True(ReplyBody.HasLetter(body), "the draft holds the letter");
        // The quoted plain text is encoded as text: its address stays visible and its lines stay lines.
        Assert.Contains("From: Jordan Lee &lt;jordan@acme.example&gt;<br>Could we talk about the spring campaign?", body);
    }

    [Fact]
    public async Task AClaimLeftByADeadProcessYieldsTheDraftThatProcessFinished()
    {
        // The process made and filled the draft, then died before writing the answer: only its claim is in Redis.
        var graph = new FakeGraph();
        var key = NewKey();
        var token = TestTokens.Mint();
        using (var before = new ReplyDraftsFactory(graph))
            Assert.Equal(HttpStatusCode.Created, (await before.CreateClient(token).PostAsync(Body(), key)).StatusCode);
        var scoped = ReplyDraftIdempotency.ScopedKey(TestTokens.HomeTenant, TestTokens.UserOid, key);
        await using (var mux = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(redis.ConnectionString))
        {
            var store = new RedisIdempotencyRecords(mux);
            await store.SetAsync(scoped, new IdempotencyRecord(await RequestHashOf(graph), null), TimeSpan.FromMinutes(2), CancellationToken.None);
        }

        using var after = new ReplyDraftsFactory(graph) { Redis = redis.ConnectionString };
        var retry = await after.CreateClient(token).PostAsync(Body(), key);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(1, graph.DraftCount);
    }

    private static Task<string> RequestHashOf(FakeGraph graph)
    {
        var create = JsonNode.Parse(graph.All("POST", "/createReply").Single().Body)!.AsObject().Single().Value!;
        return Task.FromResult((string)create["singleValueExtendedProperties"]!.AsArray()
            .Single(p => (string?)p!["id"] == MailboxDrafts.RequestHashPropertyId)!["value"]!);
    }

    [Fact]
    public async Task InMemoryRecordsAreBoundedInNumber()
    {
        using var store = new MemoryIdempotencyRecords(maxRecords: 100);
        for (var i = 0; i < 1000; i++)
            await store.SetAsync($"k{i}", new IdempotencyRecord("h", null), TimeSpan.FromHours(24), CancellationToken.None);
        Assert.InRange(store.Count, 1, 100);
        // The newest record is always kept.
        Assert.NotNull(await store.GetAsync("k999", CancellationToken.None));
    }

    [Fact]
    public async Task InMemoryRecordsExpire()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        using var store = new MemoryIdempotencyRecords(maxRecords: 100, clock);
        await store.SetAsync("k", new IdempotencyRecord("h", null), TimeSpan.FromMinutes(2), CancellationToken.None);
        Assert.NotNull(await store.GetAsync("k", CancellationToken.None));
        clock.Advance(TimeSpan.FromMinutes(3));
        Assert.Null(await store.GetAsync("k", CancellationToken.None));
    }
}
