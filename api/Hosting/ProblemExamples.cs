using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OutlookExit.Core;
using OutlookExit.Core.Contracts;
using OutlookExit.Core.Validation;
using OutlookExit.Features.ReplyDrafts;
using OutlookExit.Features.Tone;

namespace OutlookExit.Hosting;

/// <summary>The problem each endpoint answers with for each status, for the OpenAPI document: built by the same
/// builders (and, for field errors, the same validators) the endpoints use, in English, with the framework's
/// defaults (`type`, `title`) applied as they are when a problem is written.</summary>
public static class ProblemExamples
{
    /// <summary>Retry-After shown in the examples.</summary>
    public const int RetryAfterSeconds = 10;

    private static ProblemText English => ProblemText.For("en");

    /// <summary>A draft request with two mistakes a user makes: an invoice without a currency and a work item
    /// due long ago.</summary>
    public static DraftRequest BrokenDraftRequest => ApiDocs.ExampleDraftRequest with
    {
        Plan = ApiDocs.ExampleDraftRequest.Plan! with
        {
            Deliverables = [new Deliverable { Title = "Homepage redesign", Due = new DateOnly(2025, 6, 30) }],
            Invoices = [new Invoice { Number = "2026-041", Amount = 1200.00m, Due = new DateOnly(2026, 12, 1) }],
        },
    };

    /// <summary>A draft request whose personal note holds a password.</summary>
    public static DraftRequest SecretDraftRequest => ApiDocs.ExampleDraftRequest with
    {
        PersonalNote = "The login for the CMS is admin / password: Summer-Rain-2026!",
    };

    /// <summary>The problem <paramref name="operationId"/> answers with <paramref name="status"/>; null when it
    /// has none for that status.</summary>
    public static ProblemDetails? For(string? operationId, int status)
    {
        var problem = Build(operationId, status);
        // The framework fills `type` (and a missing `title`) from the status when the problem is written.
        return problem is null ? null : TypedResults.Problem(problem).ProblemDetails;
    }

    /// <summary>Whether that answer carries a Retry-After header.</summary>
    public static bool HasRetryAfter(string? operationId, int status) =>
        status is StatusCodes.Status429TooManyRequests || (operationId == "CreateReplyDraft" && status is StatusCodes.Status503ServiceUnavailable or StatusCodes.Status409Conflict);

    private static ProblemDetails? Build(string? operationId, int status)
    {
        var en = English;
        switch (status)
        {
            case StatusCodes.Status413PayloadTooLarge:
            case StatusCodes.Status415UnsupportedMediaType:
                return BadRequestProblems.Describe(en, status, null);
            case StatusCodes.Status429TooManyRequests when operationId != "CreateReplyDraft":
                return RateLimits.RejectedDetails(en, busy: false, RetryAfterSeconds);
        }
        return (operationId, status) switch
        {
            ("ComposeDraft", 400) => Outcome(DraftPipeline.Compose(BrokenDraftRequest, ApiDocs.ExampleToday), en, ""),
            ("ComposeDraft", 422) => Outcome(DraftPipeline.Compose(SecretDraftRequest, ApiDocs.ExampleToday), en, ""),
            ("CheckTone", 400) => Problems.InvalidDetails(en, ToneApi.Validate(new ToneCheckRequest { Text = "Thanks for the year.", Language = "de" })!),
            ("GetOptions", 400) => Problems.InvalidDetails(en, Features.Options.OptionsApi.Validate("de")!),
            ("CreateReplyDraft", 400) => Problems.InvalidDetails(en, ReplyDraftsApi.Validate(new ReplyDraftRequest { MessageId = "not an id", Draft = ApiDocs.ExampleDraftRequest }, null)),
            ("CreateReplyDraft", 401) => Problems.Plain(en, status, "SignInRequired"),
            ("CreateReplyDraft", 403) => GraphFailures.ConsentDetails(en, [.. GraphSettings.Scopes], null),
            ("CreateReplyDraft", 404) => GraphFailures.NotFoundDetails(en),
            ("CreateReplyDraft", 409) => Problems.Plain(en, status, "InProgress"),
            ("CreateReplyDraft", 422) => ReplyDraftsApi.KeyReusedDetails(en),
            ("CreateReplyDraft", 429) => GraphFailures.ThrottledDetails(en, status, RetryAfterSeconds),
            ("CreateReplyDraft", 501) => ReplyDraftsApi.NotConfiguredDetails(en),
            ("CreateReplyDraft", 502) => GraphFailures.RefusedDetails(en, StatusCodes.Status500InternalServerError),
            ("CreateReplyDraft", 503) => ReplyDraftsApi.StoreUnavailableDetails(en),
            _ => null,
        };
    }

    private static ProblemDetails? Outcome(DraftOutcome outcome, ProblemText text, string prefix) => outcome switch
    {
        DraftOutcome.Invalid invalid => Problems.InvalidDetails(text, invalid.Errors, prefix),
        DraftOutcome.SecretFound secret => Problems.SecretDetails(text, prefix + secret.Field),
        _ => null,
    };
}
