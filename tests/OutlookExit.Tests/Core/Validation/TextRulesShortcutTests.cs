using CsCheck;
using OutlookExit.Core.Validation;

namespace OutlookExit.Tests.Core.Validation;

/// <summary><see cref="TextRules.FindForbidden"/> answers printable-ASCII text without walking it character by
/// character; on random text, mostly ASCII with spaces, newlines and some of every kind of character the walk refuses
/// or does not count as visible, it gives exactly the code of the full walk.</summary>
public class TextRulesShortcutTests
{
    private const long Samples = 20_000;

    /// <summary>Characters that end the shortcut: controls, separators, direction marks, surrogates (paired and
    /// lone), tag characters and the flag before them, invisible letters and marks, non-ASCII letters.</summary>
    private static readonly string[] Other =
    [
        "\t", "\r", "\u0000", "\u007F", "\u0085", "\u00A0", "\u2028", "\u2029", "\u202A", "\u202E", "\u2066", "\u2069",
        "\u200B", "\uFEFF", "\u3164", "\u2800", "\u0301", "\uD83D", "\uDE00", "\uD83D\uDE00", "\U0001F3F4\U000E0067\U000E0062\U000E007F",
        "\U000E0041", "é", "ž", "„", "–",
    ];

    private static readonly string[] Blanks = [" ", "  ", "\n", " \n "];

    private static Gen<string> Texts()
    {
        var ascii = Gen.Char[' ', '~'].Array[1, 12].Select(c => new string(c));
        var blank = Gen.Int[0, Blanks.Length - 1].Select(i => Blanks[i]);
        var other = Gen.Int[0, Other.Length - 1].Select(i => Other[i]);
        return Gen.Frequency((6, ascii), (3, blank), (1, other)).Array[0, 8].Select(parts => string.Concat(parts));
    }

    [Fact]
    public void ShortcutGivesTheCodeOfTheFullWalk()
    {
        int shortcut = 0, refused = 0;
        Gen.Select(Texts(), Gen.Bool).Sample((text, allowNewlines) =>
        {
            var expected = TextRules.FindForbiddenInAnyText(text, allowNewlines);
            Assert.Equal(expected, TextRules.FindForbidden(text, allowNewlines));
            if (text.All(c => c is >= ' ' and <= '~' or '\n')) Interlocked.Increment(ref shortcut);
            if (expected is not null) Interlocked.Increment(ref refused);
        }, iter: Samples, print: t => $"{t.Item1.Replace("\n", "\\n")} (newlines {t.Item2})");
        // Both the shortcut and the walk, and refusals as well as clean text, are exercised.
        Assert.True(shortcut > Samples / 5, $"only {shortcut} of {Samples} texts were printable ASCII");
        Assert.True(refused > Samples / 10, $"only {refused} of {Samples} texts were refused");
    }
}
