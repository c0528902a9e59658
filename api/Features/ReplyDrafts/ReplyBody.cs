using System.Net;
using System.Text.RegularExpressions;

namespace OutlookExit.Features.ReplyDrafts;

/// <summary>Puts the composed letter into the body Graph generated for a reply, above the quoted original.</summary>
public static partial class ReplyBody
{
    /// <summary>Marks the inserted letter so it can be recognised in the draft.</summary>
    public const string ContainerStart = "<div id=\"outlookexit-letter\">";

    [GeneratedRegex(@"<body\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BodyTag();

    /// <summary>The reply body with <paramref name="fragment"/> right after the opening <c>&lt;body…&gt;</c> tag,
    /// or at the start when the body has none. Everything Graph generated (separator, quoted thread) stays below it.</summary>
    public static string InsertAboveQuote(string? replyHtml, string fragment)
    {
        var letter = ContainerStart + fragment + "</div>";
        if (string.IsNullOrEmpty(replyHtml)) return letter;
        var match = BodyTag().Match(replyHtml);
        var at = match.Success ? match.Index + match.Length : 0;
        return string.Concat(replyHtml.AsSpan(0, at), letter, replyHtml.AsSpan(at));
    }

    /// <summary>A plain-text quoted thread as HTML, encoded, with its line breaks kept.</summary>
    public static string TextAsHtml(string? text) =>
        string.IsNullOrEmpty(text) ? "" : "<div>" + WebUtility.HtmlEncode(text).ReplaceLineEndings("<br>") + "</div>";
}
