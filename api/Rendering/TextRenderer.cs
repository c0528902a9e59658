using System.Text;
using OutlookExit.Drafting;

namespace OutlookExit.Rendering;

/// <summary>Renders the same letter as plain text: blank lines between paragraphs, "- " before list items.</summary>
public static class TextRenderer
{
    /// <summary>The text, lines separated by '\n'.</summary>
    public static string Render(Letter letter)
    {
        var sb = new StringBuilder(1536);
        sb.Append(letter.Greeting).Append("\n\n");
        foreach (var block in letter.Body)
        {
            switch (block)
            {
                case Paragraph p:
                    foreach (var run in p.Runs) sb.Append(run.Text);
                    sb.Append("\n\n");
                    break;
                case BulletList list:
                    // A list follows its introducing paragraph directly.
                    if (sb.Length >= 2) sb.Length--;
                    foreach (var item in list.Items)
                    {
                        sb.Append("- ");
                        foreach (var run in item) sb.Append(run.Text);
                        sb.Append('\n');
                    }
                    sb.Append('\n');
                    break;
            }
        }
        sb.Append(letter.SignOff);
        foreach (var line in letter.Signature) sb.Append('\n').Append(line);
        return sb.ToString();
    }

    /// <summary>Words in <paramref name="text"/>: runs of characters containing at least one letter or digit.</summary>
    public static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        var hasAlnum = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (inWord && hasAlnum) count++;
                inWord = hasAlnum = false;
                continue;
            }
            inWord = true;
            hasAlnum |= char.IsLetterOrDigit(c);
        }
        if (inWord && hasAlnum) count++;
        return count;
    }
}
