using System.Buffers;
using System.Text;
using OutlookExit.Core.Letters;

namespace OutlookExit.Core.Rendering;

/// <summary>Renders a letter as an HTML fragment safe to insert into an Outlook body:
/// only <c>p</c>, <c>ul</c>, <c>li</c>, <c>strong</c> and <c>br</c>, no attributes, every value encoded.</summary>
public static class HtmlRenderer
{
    /// <summary>The fragment.</summary>
    public static string Render(Letter letter)
    {
        var sb = BuilderCache.Acquire();
        sb.Append("<p>");
        Encode(sb, letter.Greeting);
        sb.Append("</p>");
        // Indexed loops: foreach over an IReadOnlyList boxes an enumerator per list.
        var body = letter.Body;
        for (var b = 0; b < body.Count; b++)
        {
            switch (body[b])
            {
                case Paragraph p:
                    sb.Append("<p>");
                    Runs(sb, p.Runs);
                    sb.Append("</p>");
                    break;
                case BulletList list:
                    sb.Append("<ul>");
                    for (var i = 0; i < list.Items.Count; i++)
                    {
                        sb.Append("<li>");
                        Runs(sb, list.Items[i]);
                        sb.Append("</li>");
                    }
                    sb.Append("</ul>");
                    break;
            }
        }
        sb.Append("<p>");
        Encode(sb, letter.SignOff);
        for (var i = 0; i < letter.Signature.Count; i++)
        {
            sb.Append("<br>");
            Encode(sb, letter.Signature[i]);
        }
        sb.Append("</p>");
        return BuilderCache.ToStringAndRelease(sb);
    }

    private static void Runs(StringBuilder sb, IReadOnlyList<Run> runs)
    {
        for (var i = 0; i < runs.Count; i++)
        {
            var run = runs[i];
            if (run.Strong) sb.Append("<strong>");
            Encode(sb, run.Text);
            if (run.Strong) sb.Append("</strong>");
        }
    }

    /// <summary>Encodes the five HTML-significant characters; a line break becomes <c>&lt;br&gt;</c>.
    /// Everything else (Czech letters included) stays as written.</summary>
    public static void Encode(StringBuilder sb, string text)
    {
        var rest = text.AsSpan();
        // Most text has nothing to encode: find the next special character with a vectorised search.
        for (var i = rest.IndexOfAny(Special); i >= 0; i = rest.IndexOfAny(Special))
        {
            sb.Append(rest[..i]).Append(rest[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\n' => "<br>",
                _ => "",
            });
            rest = rest[(i + 1)..];
        }
        sb.Append(rest);
    }

    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'\n\r");
}
