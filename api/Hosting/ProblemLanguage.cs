using Microsoft.Net.Http.Headers;
using OutlookExit.Core.Composition;
using OutlookExit.Core.Validation;

namespace OutlookExit.Hosting;

/// <summary>The language problems are written in: the best supported language of the request's
/// Accept-Language header (the pane sends its UI language), else the request body's <c>language</c> when it
/// could be read, else English.</summary>
public static class ProblemLanguage
{
    /// <summary>The texts to write <paramref name="context"/>'s problems in.</summary>
    public static ProblemText For(HttpContext context, string? bodyLanguage = null) =>
        ProblemText.For(Choose(context.Request.Headers.AcceptLanguage, bodyLanguage));

    /// <summary>The supported language <paramref name="acceptLanguage"/> prefers, else <paramref name="bodyLanguage"/>
    /// when supported, else the default. Quality values and region forms (`cs-CZ`) count; `q=0` rules a language
    /// out; `*` means no preference; values that do not parse are skipped.</summary>
    public static string Choose(Microsoft.Extensions.Primitives.StringValues acceptLanguage, string? bodyLanguage)
    {
        if (acceptLanguage.Count > 0 && StringWithQualityHeaderValue.TryParseList(acceptLanguage, out var ranges))
        {
            // Highest quality first; equal qualities keep the header's order (OrderByDescending is stable).
            foreach (var range in ranges.Where(r => (r.Quality ?? 1) > 0).OrderByDescending(r => r.Quality ?? 1))
            {
                var tag = range.Value.Value;
                if (tag is null or "*") break;
                if (!string.IsNullOrWhiteSpace(tag) && Languages.TryNormalize(tag, out var language)) return language;
            }
        }
        return !string.IsNullOrWhiteSpace(bodyLanguage) && Languages.TryNormalize(bodyLanguage, out var fromBody)
            ? fromBody : Languages.Default;
    }
}
