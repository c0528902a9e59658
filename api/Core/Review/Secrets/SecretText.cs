using System.Buffers;

namespace OutlookExit.Core.Review.Secrets;

/// <summary>The text as the scanners read it: the same length and offsets as the original, with Unicode spaces
/// (no-break, narrow no-break, thin, figure, ideographic, zero-width…) turned into ' ', the full-width colon into
/// ':' and a pasted literal <c>\n</c>, <c>\r</c> or <c>\t</c> (backslash and letter) into two spaces.</summary>
internal static class SecretText
{
    private static readonly SearchValues<char> Special = SearchValues.Create(
        "\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u200B\u200C\u200D\u2028\u2029"
        + "\u202F\u205F\u2060\u3000\uFEFF\uFF1A\\");

    public static string Normalise(string text)
    {
        var first = text.AsSpan().IndexOfAny(Special);
        if (first < 0) return text;
        return string.Create(text.Length, (text, first), static (dest, state) =>
        {
            var (source, from) = state;
            source.AsSpan().CopyTo(dest);
            for (var i = from; i < dest.Length; i++)
            {
                var c = dest[i];
                if (c < 0x00A0 && c != '\\') continue;
                if (c == '\\')
                {
                    if (i + 1 < dest.Length && dest[i + 1] is 'n' or 'r' or 't')
                    {
                        dest[i] = ' ';
                        dest[++i] = ' ';
                    }
                }
                else if (c == '\uFF1A') dest[i] = ':';
                else if (c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' || char.IsWhiteSpace(c)) dest[i] = ' ';
            }
        });
    }
}
