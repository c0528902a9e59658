using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using OutlookExit.Features.ReplyDrafts;
using OutlookExit.Tests.Features.ReplyDrafts.Infrastructure;
using static OutlookExit.Tests.Features.ReplyDrafts.Infrastructure.ReplyDraftRequests;

namespace OutlookExit.Tests.Features.ReplyDrafts;

/// <summary>A message in a shared or delegated mailbox (the contract's <c>mailbox</c>): the draft is made there,
/// through <c>/users/{mailbox}/…</c> with the delegated Mail.ReadWrite.Shared permission.</summary>
public sealed class ReplyDraftsSharedMailboxTests
{
    private const string Shared = "sales@acme.example";

    private static JsonNode SharedBody(string? mailbox = Shared, bool replyAll = false)
    {
        var body = JsonNode.Parse(JsonSerializer.Serialize(Body(replyAll: replyAll)))!;
        body["mailbox"] = mailbox;
        return body;
    }

    [Fact]
    public async Task TheDraftIsMadeInTheSharedMailboxWithTheSharedScope()
    {
        using var app = new ReplyDraftsFactory();
        var response = await app.CreateClient(TestTokens.Mint()).PostAsync(SharedBody(), NewKey());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        Assert.Equal($"{FakeGraph.BaseUrl}/users/{Uri.EscapeDataString(Shared)}/messages/{Uri.EscapeDataString(id)}", response.Headers.Location?.ToString());

        // Every Graph call went to the shared mailbox, none to /me.
        Assert.All(app.Graph.Requests, r => Assert.StartsWith($"/v1.0/users/{Shared}/", r.Path));
        var writes = app.Graph.Requests.Where(r => r.Method != "GET").Select(r => $"{r.Method} {r.Path}").ToList();
        Assert.Equal([$"POST /v1.0/users/{Shared}/messages/{FakeGraph.ClientMessageId}/createReply", $"PATCH /v1.0/users/{Shared}/messages/{id}"], writes);
        Assert.Equal(1, app.Graph.Count("GET", $"/users/{Shared}/mailFolders/drafts/messages"));
        Assert.NotEmpty(app.Tokens.Requests);
        Assert.All(app.Tokens.Requests, scopes => Assert.Equal(["https://graph.microsoft.com/Mail.ReadWrite.Shared"], scopes));
        Assert.Equal(Shared, FakeGraph.MailboxOf(app.Graph.Draft(id)));
    }

    [Fact]
    public async Task ReplyAllInASharedMailboxUsesCreateReplyAllThere()
    {
        using var app = new ReplyDraftsFactory();
        var response = await app.CreateClient(TestTokens.Mint()).PostAsync(SharedBody(replyAll: true), NewKey());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(1, app.Graph.Count("POST", "/createReplyAll"));
        Assert.Contains(app.Graph.Requests, r => r.Path == $"/v1.0/users/{Shared}/messages/{FakeGraph.ClientMessageId}/createReplyAll");
    }

    [Fact]
    public async Task ARetryWithTheSameKeyFindsTheDraftInTheSharedMailboxNotInTheUsersOwn()
    {
        using var app = new ReplyDraftsFactory();
        var client = app.CreateClient(TestTokens.Mint());
        var key = NewKey();
        var first = await client.PostAsync(SharedBody(), key);
        var again = await client.PostAsync(SharedBody(), key);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(1, app.Graph.DraftCount);
        Assert.Equal(first.Headers.Location, again.Headers.Location);
    }

    [Fact]
    public async Task WithoutMailboxTheUsersOwnMailboxIsUsedWithMailReadWrite()
    {
        using var app = new ReplyDraftsFactory();
        var response = await app.CreateClient(TestTokens.Mint()).PostAsync(SharedBody(mailbox: null), NewKey());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.All(app.Graph.Requests, r => Assert.StartsWith("/v1.0/me/", r.Path));
        Assert.All(app.Tokens.Requests, scopes => Assert.Equal(["https://graph.microsoft.com/Mail.ReadWrite"], scopes));
    }

    public static TheoryData<string> BadMailboxes() => new()
    {
        "",
        "sales",
        "sales@acme.example/messages",
        "../me",
        "sales@acme.example?$top=1",
        "a b@acme.example",
        new string('a', 310) + "@acme.example",
    };

    [Theory]
    [MemberData(nameof(BadMailboxes))]
    public async Task AMailboxThatIsNotAnAddressOrUserIdIs400NamingTheField(string mailbox)
    {
        using var app = new ReplyDraftsFactory();
        var response = await app.CreateClient(TestTokens.Mint()).PostAsync(SharedBody(mailbox), NewKey());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty("mailbox", out _), await response.Content.ReadAsStringAsync());
        Assert.Empty(app.Graph.Requests);
    }

    [Fact]
    public async Task AUserIdGuidIsAcceptedAsTheMailbox()
    {
        using var app = new ReplyDraftsFactory();
        var owner = "8a1c4f2e-6b3d-4e5f-9a7b-1c2d3e4f5a6b";
        var response = await app.CreateClient(TestTokens.Mint()).PostAsync(SharedBody(owner), NewKey());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.All(app.Graph.Requests, r => Assert.StartsWith($"/v1.0/users/{owner}/", r.Path));
    }
}
