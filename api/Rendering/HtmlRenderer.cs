using System.Text;
using OutlookExit.Drafting;

namespace OutlookExit.Rendering;

/// <summary>Renders a letter as an HTML fragment safe to insert into an Outlook body:
/// only <c>p</c>, <c>ul</c>, <c>li</c>, <c>strong</c> and <c>br</c>, no attributes, every value encoded.</summary>
public static class HtmlRenderer
{
    /// <summary>The fragment.</summary>
    public static string Render(Letter letter)
    {
        var sb = new StringBuilder(2048);
        sb.Append("<p>");
        Encode(sb, letter.Greeting);
        sb.Append("</p>");
        foreach (var block in letter.Body)
        {
            switch (block)
            {
                case Paragraph p:
                    sb.Append("<p>");
                    Runs(sb, p.Runs);
                    sb.Append("</p>");
                    break;
                case BulletList list:
                    sb.Append("<ul>");
                    foreach (var item in list.Items)
                    {
                        sb.Append("<li>");
                        Runs(sb, item);
                        sb.Append("</li>");
                    }
                    sb.Append("</ul>");
                    break;
            }
        }
        sb.Append("<p>");
        Encode(sb, letter.SignOff);
        foreach (var line in letter.Signature)
        {
            sb.Append("<br>");
            Encode(sb, line);
        }
        sb.Append("</p>");
        return sb.ToString();
    }

    private static void Runs(StringBuilder sb, IReadOnlyList<Run> runs)
    {
        foreach (var run in runs)
        {
            if (run.Strong) sb.Append("<strong>");
            Encode(sb, run.Text);
            if (run.Strong) sb.Append("</strong>");
        }
    }

    /// <summary>Encodes the five HTML-significant characters; a line break becomes <c>&lt;br&gt;</c>.
    /// Everything else (Czech letters included) stays as written.</summary>
    public static void Encode(StringBuilder sb, string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var replacement = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\n' => "<br>",
                '\r' => "",
                _ => null,
            };
            if (replacement is null) continue;
            sb.Append(text, start, i - start).Append(replacement);
            start = i + 1;
        }
        sb.Append(text, start, text.Length - start);
    }
}
