using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OutlookExit.Core;
using OutlookExit.Core.Contracts;
using OutlookExit.Core.Validation;
using OutlookExit.Hosting;

namespace OutlookExit.Features.Drafts;

/// <summary>POST /api/drafts: compose a draft from a transition plan.</summary>
public static class DraftsApi
{
    /// <summary>Maps the route.</summary>
    public static RouteGroupBuilder MapDrafts(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api").WithTags("Drafts").RequireRateLimiting(RateLimits.Policy);
        group.MapPost("/drafts", ComposeDraft)
            .WithName("ComposeDraft")
            .WithSummary("Compose a termination, thank-you or conversation-request email, or the reply to the client's pushback")
            .WithDescription("Validates the plan, composes the letter in the requested language and tone, and returns it as an HTML fragment safe to insert into an Outlook body and as plain text, with its subject, word count, the last working day it names and findings about the user's own words and the plan. For kind holdFirm, clientMessage (the client's answer to the notice) is read for what the client asks and then dropped; the response lists those asks as clientAsks. Field errors come as 400 problem details with errors and codes keyed by JSON path, written in the language of Accept-Language, else of the request's language.")
            .Accepts<DraftRequest>("application/json")
            .WithMetadata(new RequestSizeLimitAttribute(ApiBasics.MaxBodyBytes))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return group;
    }

    /// <summary>Compose a termination, thank-you or conversation-request email</summary>
    /// <remarks>Validates the plan, composes the letter in the requested language and tone, and returns it as an HTML fragment and plain text, with findings about the user's own words and the plan.</remarks>
    public static Results<Ok<DraftResponse>, ValidationProblem, ProblemHttpResult> ComposeDraft(
        DraftRequest request, TimeProvider clock, HttpContext http)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        return DraftPipeline.Compose(request, today) switch
        {
            DraftOutcome.Composed c => TypedResults.Ok(c.Draft),
            var other => ToProblem(other, ProblemLanguage.For(http, request.Language)),
        };
    }

    /// <summary>The problem a failed outcome becomes, in <paramref name="text"/>'s language: 400 with errors and
    /// codes keyed by JSON path, or 422 for a secret.</summary>
    public static Results<Ok<DraftResponse>, ValidationProblem, ProblemHttpResult> ToProblem(DraftOutcome outcome, ProblemText text) => outcome switch
    {
        DraftOutcome.Invalid invalid => Problems.Invalid(text, invalid.Errors),
        DraftOutcome.SecretFound secret => Problems.Secret(text, secret.Field),
        _ => throw new InvalidOperationException("A composed draft is not a problem."),
    };
}
