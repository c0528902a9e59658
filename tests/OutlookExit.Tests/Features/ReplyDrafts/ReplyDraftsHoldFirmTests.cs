using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using OutlookExit.Features.ReplyDrafts;
using OutlookExit.Tests.Features.ReplyDrafts.Infrastructure;
using static OutlookExit.Tests.Features.ReplyDrafts.Infrastructure.ReplyDraftRequests;

namespace OutlookExit.Tests.Features.ReplyDrafts;

/// <summary>Create draft (Graph) works for the hold-firm reply as for every other kind, and the client's message goes
/// nowhere: not into the mailbox, not into the stored key.</summary>
public sealed class ReplyDraftsHoldFirmTests
{
    private const string Marker = "Heron-basalt marker";

    private static JsonNode HoldFirmBody(string? clientMessage = Marker + ": we would love you to stay, could you reconsider?")
    {
        var body = JsonNode.Parse(JsonSerializer.Serialize(Body()))!;
        var draft = body["draft"]!.AsObject();
        draft["kind"] = "holdFirm";
        draft.Remove("personalNote");
        if (clientMessage is not null) draft["clientMessage"] = clientMessage;
        return body;
    }

    [Fact]
    public async Task TheReplyIsCreatedAboveTheQuotedThreadAndIsWhatTheComposerWrites()
    {
        using var app = new ReplyDraftsFactory();
        var body = HoldFirmBody();
        var response = await app.CreateClient(TestTokens.Mint()).PostAsJsonAsync("/api/reply-drafts", body, CancellationToken.None, NewKey());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Empty(created["findings"]!.AsArray());
        var id = created["id"]!.GetValue<string>();

        var patch = JsonNode.Parse(app.Graph.All("PATCH", id).Single().Body)!;
        var html = patch["body"]!["content"]!.GetValue<string>();
        var composed = await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(app.CreateClient(), "/api/drafts", body["draft"]);
        var composedHtml = JsonNode.Parse(await composed.Content.ReadAsStringAsync())!["html"]!.GetValue<string>();
        Assert.Contains(ReplyBody.ContainerStart + composedHtml + "</div>", html);
        Assert.True(html.IndexOf(composedHtml, StringComparison.Ordinal) < html.IndexOf(FakeGraph.QuotedOriginal, StringComparison.Ordinal));
        Assert.Contains("11 December 2026", html);

        // Nothing the client wrote reaches Graph: not the body, not the stamp.
        Assert.All(app.Graph.Requests, r => Assert.DoesNotContain("Heron-basalt", r.Body ?? "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithoutTheClientsMessageItIsA400AndNoDraftIsMade()
    {
        using var app = new ReplyDraftsFactory();
        var response = await app.CreateClient(TestTokens.Mint()).PostAsJsonAsync("/api/reply-drafts", HoldFirmBody(clientMessage: null),
            CancellationToken.None, NewKey());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        Assert.Contains(errors, e => e.Key.EndsWith("clientMessage", StringComparison.Ordinal));
        Assert.DoesNotContain(app.Graph.Requests, r => r.Method != "GET");
    }
}
