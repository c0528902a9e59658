using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OutlookExit.Core.Composition;
using OutlookExit.Core.Contracts;
using OutlookExit.Core.Review.Tone;
using OutlookExit.Core.Validation;
using OutlookExit.Hosting;

namespace OutlookExit.Features.Tone;

/// <summary>POST /api/tone/check: check the user's own words.</summary>
public static class ToneApi
{
    /// <summary>Longest text checked.</summary>
    public const int MaxTextLength = 10_000;

    /// <summary>Maps the route.</summary>
    public static IEndpointRouteBuilder MapTone(this IEndpointRouteBuilder routes)
    {
        routes.MapGroup("/api").WithTags("Tone").RequireRateLimiting(RateLimits.Policy)
            .MapPost("/tone/check", CheckTone)
            .WithName("CheckTone")
            .WithSummary("Find blaming, waffling, apologetic or secret-looking words in the user's own text")
            .WithDescription("Checks up to 10,000 characters of the user's own words in English or Czech and returns findings with UTF-16 start and length to underline, a severity, the reason and a neutral alternative; a replacement where a mechanical rewrite exists. Secrets are reported masked, never echoed.")
            .Accepts<ToneCheckRequest>("application/json")
            .WithMetadata(new RequestSizeLimitAttribute(ApiBasics.MaxBodyBytes))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return routes;
    }

    /// <summary>Find blaming, absolute, passive-aggressive, negative, break-up, waffling, apologetic or secret-looking words in the user's own text.</summary>
    public static Results<Ok<ToneCheckResponse>, ValidationProblem> CheckTone(ToneCheckRequest request, HttpContext http)
    {
        if (Validate(request) is { } errors)
            return Problems.Invalid(ProblemLanguage.For(http, request.Language), errors);
        Languages.TryNormalize(request.Language, out var language);
        return TypedResults.Ok(new ToneCheckResponse(ToneChecker.Check(request.Text ?? "", language)));
    }

    /// <summary>The field errors of a tone-check request; null when it can be checked.</summary>
    public static Dictionary<string, FieldError[]>? Validate(ToneCheckRequest request)
    {
        if (!Languages.TryNormalize(request.Language, out _))
            return new() { ["language"] = [FieldError.Of(ProblemCode.LanguageUnsupported, ("supported", Languages.Supported.ToArray()))] };
        if ((request.Text ?? "").Length > MaxTextLength)
            return new() { ["text"] = [FieldError.Of(ProblemCode.TextTooLong, ("max", MaxTextLength))] };
        return null;
    }
}
