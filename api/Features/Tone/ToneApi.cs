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
        routes.MapGroup("/api").WithTags("Tone").RequireRateLimiting(ApiBasics.RatePolicy)
            .MapPost("/tone/check", CheckTone)
            .WithName("CheckTone")
            .WithSummary("Find blaming, waffling, apologetic or secret-looking words in the user's own text")
            .Accepts<ToneCheckRequest>("application/json")
            .WithMetadata(new RequestSizeLimitAttribute(ApiBasics.MaxBodyBytes))
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return routes;
    }

    /// <summary>Find blaming, absolute, passive-aggressive, negative, break-up, waffling, apologetic or secret-looking words in the user's own text</summary>
    public static Results<Ok<ToneCheckResponse>, ValidationProblem> CheckTone(ToneCheckRequest request, HttpContext http)
    {
        if (!Languages.TryNormalize(request.Language, out var language))
            return Problems.Invalid(ProblemLanguage.For(http), "language",
                FieldError.Of(ProblemCode.LanguageUnsupported, ("supported", Languages.Supported.ToArray())));
        var text = request.Text ?? "";
        if (text.Length > MaxTextLength)
            return Problems.Invalid(ProblemLanguage.For(http, language), "text", FieldError.Of(ProblemCode.TextTooLong, ("max", MaxTextLength)));
        return TypedResults.Ok(new ToneCheckResponse(ToneChecker.Check(text, language)));
    }
}
