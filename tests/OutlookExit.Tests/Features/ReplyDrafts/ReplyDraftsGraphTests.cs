using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Identity.Client;
using Microsoft.Identity.Web;
using static OutlookExit.Tests.Features.ReplyDrafts.Infrastructure.ReplyDraftRequests;
using OutlookExit.Features.ReplyDrafts;
using OutlookExit.Tests.Features.ReplyDrafts.Infrastructure;

namespace OutlookExit.Tests.Features.ReplyDrafts;

/// <summary>What happens between the API and Microsoft Graph, through the real Graph SDK and its middleware.</summary>
public sealed class ReplyDraftsGraphTests
{
    private const string GraphToken = "Bearer " + FakeTokenAcquisition.GraphTokenPrefix + TestTokens.UserOid;

    [Fact]
    public async Task TheDraftIsCreatedAsAReplyAndTheLetterIsPatchedAboveTheQuotedThread()
    {
        using var app = new ReplyDraftsFactory();
        var response = await app.CreateClient(TestTokens.Mint()).PostAsync(Body(), NewKey());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var id = json.GetProperty("id").GetString()!;
        Assert.Equal("RE: Invoice 2026-041", json.GetProperty("subject").GetString());
        Assert.StartsWith("https://outlook.office365.com/owa/", json.GetProperty("webLink").GetString());
        Assert.Equal(JsonValueKind.Array, json.GetProperty("findings").ValueKind);
        Assert.Equal($"{FakeGraph.BaseUrl}/me/messages/{Uri.EscapeDataString(id)}", response.Headers.Location?.ToString());

        // Only createReply and PATCH change the mailbox, in that order, after a read-only lookup of the key.
        var writes = app.Graph.Requests.Where(r => r.Method != "GET").Select(r => $"{r.Method} {r.Path}").ToList();
        Assert.Equal([$"POST /v1.0/me/messages/{FakeGraph.ClientMessageId}/createReply", $"PATCH /v1.0/me/messages/{id}"], writes);
        Assert.All(app.Graph.Requests, r =>
        {
            Assert.Equal(GraphToken, r.Authorization);
            Assert.Contains("IdType=\"ImmutableId\"", r.Prefer);
        });
        Assert.All(app.Tokens.Requests, scopes => Assert.Equal(["https://graph.microsoft.com/Mail.ReadWrite"], scopes));

        // createReply carries nothing but the stamp (no comment, body, recipients or subject), so Graph builds the
        // reply (recipients, subject, quoted thread) itself, and the draft is findable from the moment it exists.
        var create = JsonNode.Parse(app.Graph.All("POST", "/createReply").Single().Body)!.AsObject();
        // (The SDK writes the action parameter as "Message"; Graph reads action parameters case-insensitively.)
        Assert.Equal(["message"], create.Select(p => p.Key.ToLowerInvariant()));
        var stamp = create.Single().Value!.AsObject();
        Assert.Equal(["singleValueExtendedProperties"], stamp.Select(p => p.Key).Where(k => k != "@odata.type"));

        var patch = JsonNode.Parse(app.Graph.All("PATCH", id).Single().Body)!;
        Assert.Null(patch["toRecipients"]);
        Assert.Null(patch["subject"]);
        Assert.Equal("html", patch["body"]!["contentType"]!.GetValue<string>());
        var html = patch["body"]!["content"]!.GetValue<string>();
        var letter = html.IndexOf(ReplyBody.ContainerStart, StringComparison.Ordinal);
        Assert.Equal(html.IndexOf("<body dir=\"ltr\">", StringComparison.Ordinal) + "<body dir=\"ltr\">".Length, letter);
        Assert.True(letter < html.IndexOf(FakeGraph.QuotedOriginal, StringComparison.Ordinal), "the letter sits above the quoted original");
        Assert.Contains(FakeGraph.QuotedOriginal, html);
        Assert.EndsWith("</body></html>", html);

        // The letter is exactly what POST /api/drafts composes for the same plan.
        var composed = await app.CreateClient().PostAsJsonAsync("/api/drafts", JsonNode.Parse(JsonSerializer.Serialize(Body()))!["draft"]);
        var composedHtml = JsonNode.Parse(await composed.Content.ReadAsStringAsync())!["html"]!.GetValue<string>();
        Assert.StartsWith(ReplyBody.ContainerStart + composedHtml + "</div>", html[letter..]);

        Assert.Null(patch["singleValueExtendedProperties"]);
        var stamped = stamp["singleValueExtendedProperties"]!.AsArray()
            .ToDictionary(p => p!["id"]!.GetValue<string>(), p => p!["value"]!.GetValue<string>());
        Assert.Contains(MailboxDrafts.KeyPropertyId, stamped.Keys);
        Assert.Contains(MailboxDrafts.RequestHashPropertyId, stamped.Keys);

        // The draft in the mailbox still has its recipients.
        Assert.Equal("jordan@acme.example", app.Graph.Draft(id)["toRecipients"]![0]!["emailAddress"]!["address"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheComposersFindingsComeBackWithTheDraft()
    {
        using var app = new ReplyDraftsFactory();
        var body = JsonNode.Parse(JsonSerializer.Serialize(Body()))!;
        body["draft"]!["plan"]!["deliverables"]![0]!["due"] = "2026-12-20"; // after the last working day

        var response = await app.CreateClient(TestTokens.Mint()).PostAsJsonAsync("/api/reply-drafts", body,
            CancellationToken.None, idempotencyKey: NewKey());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var finding = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["findings"]!.AsArray().Single()!;
        Assert.Equal("plan.deliverableAfterLastDay", finding["ruleId"]!.GetValue<string>());
        Assert.Equal("plan.deliverables[0].due", finding["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task ReplyAllUsesCreateReplyAll()
    {
        using var app = new ReplyDraftsFactory();
        var response = await app.CreateClient(TestTokens.Mint()).PostAsync(Body(replyAll: true), NewKey());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(1, app.Graph.Count("POST", "/createReplyAll"));
        Assert.Equal(0, app.Graph.Count("POST", "/createReply"));
    }

    [Fact]
    public async Task AnUnknownMessageIs404AndNoDraftIsLeft()
    {
        using var app = new ReplyDraftsFactory();
        var response = await app.CreateClient(TestTokens.Mint()).PostAsync(Body(messageId: "AAMkADoesNotExist="), NewKey());
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("not found in the store", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, app.Graph.DraftCount);
    }

    [Fact]
    public async Task AThrottledCreateIsRetriedAfterRetryAfterAndThenSucceeds()
    {
        using var app = new ReplyDraftsFactory();
        app.Graph.Script("POST", "/createReply", FakeGraph.Error(429, "ApplicationThrottled", "Too many requests", retryAfter: "1"));

        var response = await app.CreateClient(TestTokens.Mint()).PostAsync(Body(), NewKey());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var creates = app.Graph.All("POST", "/createReply");
        Assert.Equal(2, creates.Count);
        Assert.True(creates[1].At - creates[0].At >= TimeSpan.FromMilliseconds(950), $"waited {(creates[1].At - creates[0].At).TotalMilliseconds} ms");
        Assert.Equal(1, app.Graph.DraftCount);
    }

    [Fact]
    public async Task AThrottlingStormEndsIn429WithRetryAfterWithinTheRetryBudget()
    {
        using var app = new ReplyDraftsFactory();
        app.Graph.Always("POST", "/createReply", FakeGraph.Error(429, "ApplicationThrottled", "Too many requests", retryAfter: "1"));
        var client = app.CreateClient(TestTokens.Mint());
        var key = NewKey();

        var clock = Stopwatch.StartNew();
        var response = await client.PostAsync(Body(), key);
        clock.Stop();

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("1", response.Headers.GetValues("Retry-After").Single());
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1 + 3, app.Graph.Count("POST", "/createReply")); // the first try and three retries
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Equal(0, app.Graph.DraftCount);

        // The key was released: once Graph recovers, the same retry succeeds.
        app.Graph.ClearScripts();
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync(Body(), key)).StatusCode);
    }

    [Fact]
    public async Task ARetryAfterLongerThanTheBudgetIsPassedOnAtOnce()
    {
        using var app = new ReplyDraftsFactory();
        app.Graph.Always("POST", "/createReply", FakeGraph.Error(503, "ServiceUnavailable", "Come back later", retryAfter: "120"));

        var clock = Stopwatch.StartNew();
        var response = await app.CreateClient(TestTokens.Mint()).PostAsync(Body(), NewKey());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("120", response.Headers.GetValues("Retry-After").Single());
        Assert.Equal(1, app.Graph.Count("POST", "/createReply"));
        // Not waiting out the 120 s: a quarter of it leaves room for a cold test host on a busy machine.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    [Theory]
    [InlineData(504, null)]
    [InlineData(503, null)]
    [InlineData(500, null)]
    public async Task AGatewayTimeoutOrServerErrorOnCreateIsNotRetriedBecauseTheDraftMayExist(int status, string? retryAfter)
    {
        using var app = new ReplyDraftsFactory();
        app.Graph.Always("POST", "/createReply", FakeGraph.Error(status, "UnknownError", "Gateway timeout", retryAfter));

        var response = await app.CreateClient(TestTokens.Mint()).PostAsync(Body(), NewKey());

        Assert.Equal(1, app.Graph.Count("POST", "/createReply"));
        Assert.Equal(status == 503 ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.BadGateway, response.StatusCode);
        if (status == 503) Assert.Equal(GraphFailures.DefaultRetryAfterSeconds.ToString(), response.Headers.GetValues("Retry-After").Single());
    }

    [Fact]
    public async Task AFailedPatchDeletesTheUnstampedDraftAndReleasesTheKey()
    {
        using var app = new ReplyDraftsFactory();
        app.Graph.Script("PATCH", "=", FakeGraph.Error(500, "ErrorInternalServerError"));
        var client = app.CreateClient(TestTokens.Mint());
        var key = NewKey();

        var failed = await client.PostAsync(Body(), key);
        Assert.Equal(HttpStatusCode.BadGateway, failed.StatusCode);
        Assert.Equal(1, app.Graph.Count("DELETE", "-draft-1="));
        Assert.Equal(0, app.Graph.DraftCount);

        var retried = await client.PostAsync(Body(), key);
        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
        Assert.Equal(1, app.Graph.DraftCount);
    }

    [Fact]
    public async Task MissingConsentIs403WithAWwwAuthenticateChallengeThePaneCanActOn()
    {
        using var app = new ReplyDraftsFactory();
        var ui = new MsalUiRequiredException("invalid_grant",
            "AADSTS65001: The user or administrator has not consented to use the application. Trace ID: 1234 Correlation ID: 5678");
        app.Tokens.Throw = new MicrosoftIdentityWebChallengeUserException(ui, ["https://graph.microsoft.com/Mail.ReadWrite"]);

        var response = await app.CreateClient(TestTokens.Mint()).PostAsync(Body(), NewKey());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var challenge = response.Headers.WwwAuthenticate.ToString();
        Assert.StartsWith("Bearer ", challenge);
        Assert.Contains("scopes=\"https://graph.microsoft.com/Mail.ReadWrite\"", challenge);
        Assert.Contains("proposedAction=\"consent\"", challenge);
        var body = await response.Content.ReadAsStringAsync();
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal("consent", problem.GetProperty("proposedAction").GetString());
        Assert.Equal("https://graph.microsoft.com/Mail.ReadWrite", problem.GetProperty("scopes")[0].GetString());
        Assert.DoesNotContain("AADSTS", body);
        Assert.Empty(app.Graph.Requests);
    }

    [Fact]
    public async Task AClaimsChallengeIsPassedToThePaneInTheWwwAuthenticateHeader()
    {
        using var app = new ReplyDraftsFactory();
        const string claims = "{\"access_token\":{\"capolids\":{\"essential\":true,\"values\":[\"c1\"]}}}";
        var ui = new MsalUiRequiredException("interaction_required", "AADSTS50076: MFA required.");
        // MSAL fills Claims from Entra ID's answer; there is no public setter.
        typeof(MsalServiceException).GetProperty(nameof(MsalServiceException.Claims))!.GetSetMethod(nonPublic: true)!.Invoke(ui, [claims]);
        Assert.Equal(claims, ui.Claims);
        app.Tokens.Throw = ui;

        var response = await app.CreateClient(TestTokens.Mint()).PostAsync(Body(), NewKey());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var challenge = response.Headers.WwwAuthenticate.ToString();
        var encoded = System.Text.RegularExpressions.Regex.Match(challenge, "claims=\"([^\"]+)\"").Groups[1].Value;
        Assert.Equal(claims, Encoding.UTF8.GetString(Convert.FromBase64String(encoded)));
        Assert.Equal(claims, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("claims").GetString());
    }

    [Theory]
    [InlineData(500)]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    public async Task GraphErrorsNeverLeakTokensOrStackTracesToTheCaller(int status)
    {
        using var app = new ReplyDraftsFactory();
        const string leak = "Bearer eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.secret-graph-token at Microsoft.Exchange.Services.Core.CreateReply.Execute() in D:\\dbs\\sh\\src\\Core.cs:line 42";
        app.Graph.Always("POST", "/createReply", FakeGraph.Error(status, "ErrorInternalServerError", leak));
        var callerToken = TestTokens.Mint();

        var response = await app.CreateClient(callerToken).PostAsync(Body(), NewKey());

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var all = await response.Content.ReadAsStringAsync() + string.Join("\n", response.Headers.Select(h => $"{h.Key}: {string.Join(",", h.Value)}"));
        foreach (var secret in new[] { "eyJ", "secret-graph-token", "Microsoft.Exchange", "Core.cs", "line 42", FakeTokenAcquisition.GraphTokenPrefix, callerToken })
            Assert.DoesNotContain(secret, all);
    }

    [Fact]
    public async Task AFailingTokenExchangeIs502WithoutEntraDetails()
    {
        using var app = new ReplyDraftsFactory();
        app.Tokens.Throw = new MsalServiceException("invalid_client", "AADSTS7000215: Invalid client secret provided. Secret: abc123");

        var response = await app.CreateClient(TestTokens.Mint()).PostAsync(Body(), NewKey());

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("AADSTS", body);
        Assert.DoesNotContain("abc123", body);
        Assert.Empty(app.Graph.Requests);
    }
}
