using System.Buffers;
using System.Globalization;

namespace OutlookExit.Core.Validation;

/// <summary>Characters user text may not contain, and text that shows nothing at all.</summary>
public static class TextRules
{
    /// <summary>The code of the first forbidden character, or of text that is entirely invisible; null when
    /// the text is clean.</summary>
    public static ProblemCode? FindForbidden(string text, bool allowNewlines)
    {
        // Most text is printable ASCII (and newlines where allowed): every such character is allowed, and all but the
        // space and the newline are visible. Anything else takes the full walk below.
        var span = text.AsSpan();
        if (span.IndexOfAnyExcept(allowNewlines ? PrintableAsciiOrNewline : PrintableAscii) < 0)
            return text.Length == 0 || span.IndexOfAnyExcept(' ', '\n') >= 0 ? null : ProblemCode.TextInvisible;
        return FindForbiddenInAnyText(text, allowNewlines);
    }

    private static readonly SearchValues<char> PrintableAscii =
        SearchValues.Create(string.Concat(Enumerable.Range(' ', '~' - ' ' + 1).Select(c => (char)c)));

    private static readonly SearchValues<char> PrintableAsciiOrNewline =
        SearchValues.Create(string.Concat(Enumerable.Range(' ', '~' - ' ' + 1).Select(c => (char)c)) + "\n");

    /// <summary><see cref="FindForbidden"/> without the printable-ASCII shortcut: every character walked (the reference
    /// the shortcut is tested against).</summary>
    internal static ProblemCode? FindForbiddenInAnyText(string text, bool allowNewlines)
    {
        var visible = false;
        var inFlag = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                if (!allowNewlines) return ProblemCode.TextSingleLine;
                continue;
            }
            if (char.IsControl(c)) return ProblemCode.TextControlCharacter;
            // Line and paragraph separators break a line without being a newline: a single-line field would show
            // two lines, and a note would break where the letter does not.
            if (c is '\u2028' or '\u2029') return allowNewlines ? ProblemCode.TextLineSeparator : ProblemCode.TextSingleLine;
            if (c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069')
                return ProblemCode.TextDirectionOverride;
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])) return ProblemCode.TextInvalidUnicode;
                var scalar = char.ConvertToUtf32(c, text[i + 1]);
                i++;
                // Tag characters (U+E0000–U+E007F) are invisible and can carry hidden text; the one place they
                // belong is the spelling of a subdivision flag after U+1F3F4.
                if (scalar is >= 0xE0000 and <= 0xE007F)
                {
                    if (!inFlag) return ProblemCode.TextTagCharacters;
                    continue;
                }
                inFlag = scalar == 0x1F3F4;
                visible |= IsVisible(CharUnicodeInfo.GetUnicodeCategory(scalar), scalar);
                continue;
            }
            inFlag = false;
            if (char.IsLowSurrogate(c)) return ProblemCode.TextInvalidUnicode;
            visible |= IsVisible(CharUnicodeInfo.GetUnicodeCategory(c), c);
        }
        return visible || text.Length == 0 ? null : ProblemCode.TextInvisible;
    }

    /// <summary>False for spaces, format characters (zero-width spaces and joiners, the byte-order mark), lone
    /// combining marks, and the blank letters that render as nothing (Hangul fillers, the braille blank).</summary>
    private static bool IsVisible(UnicodeCategory category, int c) => category switch
    {
        UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.Format or UnicodeCategory.Control
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark => false,
        _ => c is not (0x115F or 0x1160 or 0x3164 or 0xFFA0 or 0x2800 or 0x180E),
    };
}
