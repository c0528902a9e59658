using System.Net;
using AngleSharp.Html.Parser;

namespace OutlookExit.Features.ReplyDrafts;

/// <summary>Puts the composed letter into the body Graph generated for a reply, above the quoted original.</summary>
public static class ReplyBody
{
    /// <summary>Id of the element that holds the inserted letter.</summary>
    public const string ContainerId = "outlookexit-letter";

    /// <summary>Marks the inserted letter so it can be recognised in the draft.</summary>
    public const string ContainerStart = "<div id=\"" + ContainerId + "\">";

    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsKeepingSourceReferences = true });

    /// <summary>The reply body with <paramref name="fragment"/> right after the opening <c>&lt;body…&gt;</c> tag,
    /// or at the start when the body has none. The body element is found by an HTML parser (so a "&lt;body" inside
    /// a comment, a script, an attribute or a title is not taken for it); everything Graph generated (separator,
    /// quoted thread) stays below the letter, byte for byte.</summary>
    public static string InsertAboveQuote(string? replyHtml, string fragment)
    {
        var letter = ContainerStart + fragment + "</div>";
        if (string.IsNullOrEmpty(replyHtml)) return letter;
        var at = AfterBodyStartTag(replyHtml);
        return string.Concat(replyHtml.AsSpan(0, at), letter, replyHtml.AsSpan(at));
    }

    /// <summary>True when <paramref name="html"/> already holds an inserted letter.</summary>
    public static bool HasLetter(string? html) =>
        !string.IsNullOrEmpty(html) && Parser.ParseDocument(html).GetElementById(ContainerId) is not null;

    /// <summary>Offset just after the source's own <c>&lt;body …&gt;</c> start tag; 0 when the source has none.</summary>
    private static int AfterBodyStartTag(string html)
    {
        var document = Parser.ParseDocument(html);
        if (document.Body?.SourceReference?.Position is not { } position) return 0;
        var start = position.Index;
        // The parser's position is at or just after the '<' of the tag; find the tag's real start, then its end.
        while (start > 0 && html[start] != '<') start--;
        if (start < 0 || start >= html.Length || html[start] != '<'
            || string.Compare(html, start + 1, "body", 0, 4, StringComparison.OrdinalIgnoreCase) != 0) return 0;
        char? quote = null;
        for (var i = start + 5; i < html.Length; i++)
        {
            var c = html[i];
            if (quote is { } q) { if (c == q) quote = null; }
            else if (c is '"' or '\'') quote = c;
            else if (c == '>') return i + 1;
        }
        return 0;
    }

    /// <summary>A plain-text quoted thread as HTML, encoded, with its line breaks kept.</summary>
    public static string TextAsHtml(string? text) =>
        string.IsNullOrEmpty(text) ? "" : "<div>" + WebUtility.HtmlEncode(text).ReplaceLineEndings("<br>") + "</div>";
}
