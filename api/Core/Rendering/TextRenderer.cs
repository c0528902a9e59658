using System.Text;
using OutlookExit.Core.Letters;

namespace OutlookExit.Core.Rendering;

/// <summary>Renders the same letter as plain text: blank lines between paragraphs, "- " before list items.</summary>
public static class TextRenderer
{
    /// <summary>The text, lines separated by '\n'.</summary>
    public static string Render(Letter letter)
    {
        var sb = BuilderCache.Acquire();
        sb.Append(letter.Greeting).Append("\n\n");
        // Indexed loops: foreach over an IReadOnlyList boxes an enumerator per list.
        var body = letter.Body;
        for (var b = 0; b < body.Count; b++)
        {
            switch (body[b])
            {
                case Paragraph p:
                    AppendRuns(sb, p.Runs);
                    sb.Append("\n\n");
                    break;
                case BulletList list:
                    // A list follows its introducing paragraph directly.
                    if (sb.Length >= 2) sb.Length--;
                    for (var i = 0; i < list.Items.Count; i++)
                    {
                        sb.Append("- ");
                        AppendRuns(sb, list.Items[i]);
                        sb.Append('\n');
                    }
                    sb.Append('\n');
                    break;
            }
        }
        sb.Append(letter.SignOff);
        for (var i = 0; i < letter.Signature.Count; i++) sb.Append('\n').Append(letter.Signature[i]);
        return BuilderCache.ToStringAndRelease(sb);
    }

    private static void AppendRuns(StringBuilder sb, IReadOnlyList<Run> runs)
    {
        for (var i = 0; i < runs.Count; i++) sb.Append(runs[i].Text);
    }

    /// <summary>Words in <paramref name="text"/>: runs of characters containing at least one letter or digit.</summary>
    public static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        var hasAlnum = false;
        foreach (var c in text)
        {
            // ASCII from a table (most of every letter), anything else from the Unicode categories.
            var kind = c < 128 ? AsciiKinds[c] : char.IsWhiteSpace(c) ? Space : char.IsLetterOrDigit(c) ? Alnum : Other;
            if (kind == Space)
            {
                if (inWord && hasAlnum) count++;
                inWord = hasAlnum = false;
                continue;
            }
            inWord = true;
            hasAlnum |= kind == Alnum;
        }
        if (inWord && hasAlnum) count++;
        return count;
    }

    private const byte Other = 0, Space = 1, Alnum = 2;

    private static readonly byte[] AsciiKinds = BuildAsciiKinds();

    private static byte[] BuildAsciiKinds()
    {
        var kinds = new byte[128];
        for (var c = 0; c < 128; c++)
            kinds[c] = char.IsWhiteSpace((char)c) ? Space : char.IsLetterOrDigit((char)c) ? Alnum : Other;
        return kinds;
    }
}
