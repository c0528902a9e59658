using Microsoft.AspNetCore.Http.HttpResults;
using OutlookExit.Core.Composition;
using OutlookExit.Core.Contracts;
using OutlookExit.Core.Review.ClientAsks;
using OutlookExit.Core.Validation;
using OutlookExit.Hosting;

namespace OutlookExit.Features.Options;

/// <summary>GET /api/options: what the pane offers, with localised labels and guidance.</summary>
public static class OptionsApi
{
    /// <summary>Maps the route.</summary>
    public static IEndpointRouteBuilder MapOptions(this IEndpointRouteBuilder routes)
    {
        routes.MapGroup("/api").WithTags("Options").RequireRateLimiting(RateLimits.Policy)
            .MapGet("/options", GetOptions)
            .WithName("GetOptions")
            .WithSummary("Kinds, tones, reasons and handover items with localised labels and guidance")
            .WithDescription("Everything the task pane offers, in the requested language: the kinds of email, the tones, the reason categories and the handover items, each with its label and one line of guidance, and the supported languages. The answer depends only on the language and may be cached for an hour.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return routes;
    }

    /// <summary>Kinds (with the hold-firm reply's client asks), tones, reasons and handover items with localised labels and guidance</summary>
    /// <param name="language">`en` or `cs` (region forms accepted); default `en`.</param>
    /// <param name="response">The response, for its cache header (the answer depends only on the language).</param>
    public static Results<Ok<PaneOptions>, ValidationProblem> GetOptions(string? language, HttpResponse response)
    {
        if (Validate(language) is { } errors) return Problems.Invalid(ProblemLanguage.For(response.HttpContext), errors);
        Languages.TryNormalize(language, out var lang);
        response.Headers.CacheControl = "public, max-age=3600";
        return TypedResults.Ok(ForLanguage(lang));
    }

    /// <summary>The field errors of the query; null when <paramref name="language"/> is supported (or absent).</summary>
    public static Dictionary<string, FieldError[]>? Validate(string? language) => Languages.TryNormalize(language, out _) ? null
        : new() { ["language"] = [FieldError.Of(ProblemCode.LanguageUnsupported, ("supported", Languages.Supported.ToArray()))] };

    /// <summary>The options in <paramref name="language"/>.</summary>
    public static PaneOptions ForLanguage(string language)
    {
        var w = Wording.For(language);
        Option Of(string group, string value) =>
            new(value, w[$"Option.{group}.{value}"].Source, w[$"Option.{group}.{value}.Guidance"].Source);
        return new PaneOptions(
            language,
            [.. Languages.Supported.Select(l => new Option(l, Wording.For(l).Text("Language.Name"), null))],
            [.. Enum.GetValues<DraftKind>().Select(k => Of("kind", EnumNames.Of(k)))],
            [.. Enum.GetValues<LetterTone>().Select(t => Of("tone", EnumNames.Of(t)))],
            [.. Enum.GetValues<ReasonCategory>().Select(r => Of("reason", EnumNames.Of(r)))],
            [.. Enum.GetValues<HandoverItem>().Select(h => Of("handover", EnumNames.Of(h)))],
            new OptionDefaults("termination", "neutral", "unspecified", PlanValidator.DefaultNoticeDays))
        {
            ClientAsks = [.. ClientAskNames.All.Select(a => Of("ask", a))],
        };
    }
}

/// <summary>Everything the pane offers.</summary>
public sealed record PaneOptions(
    string Language,
    IReadOnlyList<Option> Languages,
    IReadOnlyList<Option> Kinds,
    IReadOnlyList<Option> Tones,
    IReadOnlyList<Option> Reasons,
    IReadOnlyList<Option> Handover,
    OptionDefaults Defaults)
{
    /// <summary>What a client may ask in reply to a notice (the `holdFirm` kind's `clientAsks`), with labels and guidance.</summary>
    public IReadOnlyList<Option> ClientAsks { get; init; } = [];
}

/// <summary>One choice: the value to send, its label and one line of guidance.</summary>
public sealed record Option(string Value, string Label, string? Guidance);

/// <summary>Defaults the pane starts from.</summary>
public sealed record OptionDefaults(string Kind, string Tone, string Reason, int NoticeDays);
