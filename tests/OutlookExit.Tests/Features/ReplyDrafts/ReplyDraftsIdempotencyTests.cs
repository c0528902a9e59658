using System.Net;
using System.Text.Json;
using static OutlookExit.Tests.Features.ReplyDrafts.Infrastructure.ReplyDraftRequests;
using OutlookExit.Tests.Features.ReplyDrafts.Infrastructure;

namespace OutlookExit.Tests.Features.ReplyDrafts;

/// <summary>One Idempotency-Key, one draft.</summary>
public sealed class ReplyDraftsIdempotencyTests
{
    [Fact]
    public async Task RepeatingARequestWithTheSameKeyReturnsTheSameDraftWithoutCallingCreateReplyAgain()
    {
        using var app = new ReplyDraftsFactory();
        var client = app.CreateClient(TestTokens.Mint());
        var key = NewKey();

        var first = await client.PostAsync(Body(), key);
        var second = await client.PostAsync(Body(), key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("true", second.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(await Id(first), await Id(second));
        Assert.Equal(1, app.Graph.Count("POST", "/createReply"));
        Assert.Equal(1, app.Graph.DraftCount);
    }

    [Fact]
    public async Task TwoConcurrentRequestsWithOneKeyCreateOneDraft()
    {
        using var app = new ReplyDraftsFactory();
        app.Graph.CreateDelay = TimeSpan.FromMilliseconds(400);
        var key = NewKey();
        var token = TestTokens.Mint();

        var responses = await Task.WhenAll(
            app.CreateClient(token).PostAsync(Body(), key),
            app.CreateClient(token).PostAsync(Body(), key));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Created], responses.Select(r => r.StatusCode).Order());
        Assert.Equal(await Id(responses[0]), await Id(responses[1]));
        Assert.Equal(1, app.Graph.Count("POST", "/createReply"));
        Assert.Equal(1, app.Graph.DraftCount);
    }

    [Fact]
    public async Task ManyConcurrentRequestsWithDifferentKeysEachGetTheirOwnDraft()
    {
        using var app = new ReplyDraftsFactory();
        app.Graph.CreateDelay = TimeSpan.FromMilliseconds(100);
        var client = app.CreateClient(TestTokens.Mint());

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => client.PostAsync(Body(), NewKey())));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Equal(6, (await Task.WhenAll(responses.Select(Id))).Distinct().Count());
    }

    [Fact]
    public async Task ReusingAKeyWithADifferentBodyIs422AndCreatesNothing()
    {
        using var app = new ReplyDraftsFactory();
        var client = app.CreateClient(TestTokens.Mint());
        var key = NewKey();
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync(Body(), key)).StatusCode);

        var reused = await client.PostAsync(Body(personalNote: "Something else entirely."), key);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        Assert.Equal("application/problem+json", reused.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await reused.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty("Idempotency-Key", out _));
        Assert.Equal(1, app.Graph.Count("POST", "/createReply"));
    }

    [Fact]
    public async Task TheSameKeyFromAnotherUserIsAnotherDraft()
    {
        using var app = new ReplyDraftsFactory();
        var key = NewKey();

        var alex = await app.CreateClient(TestTokens.Mint()).PostAsync(Body(), key);
        var sam = await app.CreateClient(TestTokens.Mint(oid: "0b1c2d3e-0000-4000-8000-000000000099")).PostAsync(Body(), key);
        var kimInAnotherTenant = await app.CreateClient(TestTokens.Mint(tenant: TestTokens.OtherAllowedTenant, oid: "0b1c2d3e-0000-4000-8000-000000000077")).PostAsync(Body(), key);

        Assert.Equal(HttpStatusCode.Created, alex.StatusCode);
        Assert.Equal(HttpStatusCode.Created, sam.StatusCode);
        Assert.Equal(HttpStatusCode.Created, kimInAnotherTenant.StatusCode);
        Assert.Equal(3, app.Graph.Count("POST", "/createReply"));
    }

    [Fact]
    public async Task AfterARestartTheStampedDraftIsFoundInsteadOfCreatingASecondOne()
    {
        var graph = new FakeGraph();
        var key = NewKey();
        string firstId;
        using (var before = new ReplyDraftsFactory(graph))
        {
            var created = await before.CreateClient(TestTokens.Mint()).PostAsync(Body(), key);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            firstId = await Id(created);
        }

        // A new process: the in-memory idempotency record is gone, the mailbox is not.
        using var after = new ReplyDraftsFactory(graph);
        var replayed = await after.CreateClient(TestTokens.Mint()).PostAsync(Body(), key);

        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.Equal(firstId, await Id(replayed));
        Assert.Equal(1, graph.Count("POST", "/createReply"));

        // …and a different body under that key is still refused.
        using var later = new ReplyDraftsFactory(graph);
        var reused = await later.CreateClient(TestTokens.Mint()).PostAsync(Body(personalNote: "Changed my mind."), key);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        Assert.Equal(1, graph.Count("POST", "/createReply"));
    }

    private static async Task<string> Id(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
}
