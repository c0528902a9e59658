using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static OutlookExit.Tests.Features.ReplyDrafts.Infrastructure.ReplyDraftRequests;
using OutlookExit.Tests.Features.ReplyDrafts.Infrastructure;

namespace OutlookExit.Tests.Features.ReplyDrafts;

/// <summary>The request envelope is checked before anything reaches Graph.</summary>
public sealed class ReplyDraftsValidationTests
{
    [Fact]
    public async Task AMissingIdempotencyKeyIs400NamingTheHeader()
    {
        using var app = new ReplyDraftsFactory();
        var response = await app.CreateClient(TestTokens.Mint()).PostAsync(Body(), idempotencyKey: null);
        await AssertFieldError(app, response, "Idempotency-Key");
    }

    public static TheoryData<string> BadKeys() => new()
    {
        new string('k', 101),
        "tab\tinside",
        "ключ-1",
        "line\u007f",
    };

    [Theory]
    [MemberData(nameof(BadKeys))]
    public async Task AnIdempotencyKeyThatIsNotOneTo100PrintableAsciiCharactersIs400(string key)
    {
        using var app = new ReplyDraftsFactory();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/reply-drafts") { Content = JsonContent.Create(Body()) };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        var client = app.CreateClient(TestTokens.Mint());
        var response = await client.SendAsync(request);
        await AssertFieldError(app, response, "Idempotency-Key");
    }

    [Fact]
    public async Task AKeyOfExactly100PrintableCharactersIsAccepted()
    {
        using var app = new ReplyDraftsFactory();
        var key = string.Concat(Enumerable.Repeat("Az09 !~-_", 12))[..100];
        var response = await app.CreateClient(TestTokens.Mint()).PostAsync(Body(), key);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    public static TheoryData<string?> BadMessageIds() => new()
    {
        null,
        "",
        "../../users/someone-else/messages/x",
        "AAMk with spaces",
        "AAMk?$select=body",
        new string('A', 513),
    };

    [Theory]
    [MemberData(nameof(BadMessageIds))]
    public async Task AMessageIdThatIsNotARestIdIs400NamingMessageId(string? messageId)
    {
        using var app = new ReplyDraftsFactory();
        var response = await app.CreateClient(TestTokens.Mint()).PostAsync(Body(messageId: messageId), NewKey());
        await AssertFieldError(app, response, "messageId");
    }

    [Fact]
    public async Task AMissingDraftIs400NamingDraft()
    {
        using var app = new ReplyDraftsFactory();
        var response = await app.CreateClient(TestTokens.Mint()).PostAsync(new { messageId = FakeGraph.ClientMessageId }, NewKey());
        await AssertFieldError(app, response, "draft");
    }

    [Fact]
    public async Task AnInvalidValueInsideTheDraftIs400NamingItsPath()
    {
        using var app = new ReplyDraftsFactory();
        var body = new { messageId = FakeGraph.ClientMessageId, draft = new { kind = "breakUp", sender = new { name = "Alex" } } };
        var response = await app.CreateClient(TestTokens.Mint()).PostAsync(body, NewKey());
        await AssertFieldError(app, response, "draft.kind");
    }

    [Fact]
    public async Task AnInvalidPlanIs400NamingItsPathUnderDraft()
    {
        using var app = new ReplyDraftsFactory();
        var body = System.Text.Json.Nodes.JsonNode.Parse(JsonSerializer.Serialize(Body()))!;
        body["draft"]!["plan"]!["lastWorkingDay"] = "2026-11-01"; // before today
        var response = await app.CreateClient(TestTokens.Mint()).PostAsJsonAsync("/api/reply-drafts", body, CancellationToken.None, NewKey());
        await AssertFieldError(app, response, "draft.plan.lastWorkingDay");
    }

    private static async Task AssertFieldError(ReplyDraftsFactory app, HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors name {field}: {problem}");
        Assert.Empty(app.Graph.Requests);
    }
}

/// <summary>The composer's verdicts reach the caller as the same problems POST /api/drafts gives (Hosting/Problems), with paths under <c>draft.</c>.</summary>
public sealed class ReplyDraftsComposeProblemTests
{
    [Fact]
    public void AnInvalidPlanIs400WithErrorsKeyedUnderDraft()
    {
        var outcome = new OutlookExit.Core.DraftOutcome.Invalid(new Dictionary<string, OutlookExit.Core.Validation.FieldError[]>
        {
            ["plan.lastWorkingDay"] = [new(OutlookExit.Core.Validation.ProblemCode.LastWorkingDayInPast)],
        });
        var result = Assert.IsType<Microsoft.AspNetCore.Http.HttpResults.ValidationProblem>(OutlookExit.Features.ReplyDrafts.ReplyDraftsApi.ComposeProblem(outcome, OutlookExit.Core.Validation.ProblemText.For("en")).Result);
        Assert.Equal(400, result.StatusCode);
        Assert.Equal(["draft.plan.lastWorkingDay"], result.ProblemDetails.Errors.Keys);
    }

    [Fact]
    public void ASecretIs422NamingTheFieldUnderDraftWithoutEchoingIt()
    {
        var result = Assert.IsType<Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>(
            OutlookExit.Features.ReplyDrafts.ReplyDraftsApi.ComposeProblem(new OutlookExit.Core.DraftOutcome.SecretFound("personalNote"), OutlookExit.Core.Validation.ProblemText.For("en")).Result);
        Assert.Equal(422, result.StatusCode);
        Assert.Equal("draft.personalNote", result.ProblemDetails.Extensions["field"]);
    }
}
