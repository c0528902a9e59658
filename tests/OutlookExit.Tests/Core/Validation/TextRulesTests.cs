using OutlookExit.Core.Validation;

namespace OutlookExit.Tests.Core.Validation;

public class TextRulesTests
{
    public static TheoryData<string, bool, string> Refused => new()
    {
        { "\u200B", false, "Must contain visible text." },                 // zero-width space alone
        { "\u200B\u200C\u200D\u2060\uFEFF", false, "Must contain visible text." },
        { "\u3164", false, "Must contain visible text." },                 // Hangul filler
        { "\u3164\u3164 \u115F", false, "Must contain visible text." },
        { "\u2800", false, "Must contain visible text." },                 // braille blank
        { "\u0301\u0308", false, "Must contain visible text." },           // combining marks with nothing to mark
        { "\u00A0\u2007\u202F\u200B", true, "Must contain visible text." },
        { "Jordan\u2028Lee", false, "Must be a single line." },
        { "Jordan\u2029Lee", false, "Must be a single line." },
        { "Thanks.\u2028See you.", true, "Must use ordinary line breaks." },
        { "Jordan\U000E0041\U000E0042", false, "Must not contain invisible tag characters." },
        { "\U000E0069\U000E0067\U000E006E\U000E006F\U000E0072\U000E0065", true, "Must not contain invisible tag characters." },
        { "Jordan\nLee", false, "Must be a single line." },
        { "Jordan\u0007", false, "Must not contain control characters." },
        { "Jordan\u202ELee", false, "Must not contain text-direction override characters." },
    };

    [Theory, MemberData(nameof(Refused))]
    public void RefusesWhatWouldHideOrBreakTheText(string text, bool allowNewlines, string expected) =>
        Assert.Equal(expected, ProblemText.For("en").Message(TextRules.FindForbidden(text, allowNewlines)!));

    public static TheoryData<string, bool> Accepted => new()
    {
        { "Jordan Lee", false },
        { "Tereza Kovářová Šimková", false },
        { "Jordan\u200BLee", false },                   // a zero-width space between visible letters
        { "👩\u200D💻 Sam", false },                      // an emoji joined with a zero-width joiner
        { "Ｊｏｒｄａｎ", false },
        { "Sam 🏴\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F", false }, // a subdivision flag is spelled with tags
        { "李小龍", false },
        { "Thanks.\nSee you.", true },
        { "e\u0301", false },                             // a letter with a combining accent
    };

    [Theory, MemberData(nameof(Accepted))]
    public void AcceptsOrdinaryNamesInAnyScript(string text, bool allowNewlines) =>
        Assert.Null(TextRules.FindForbidden(text, allowNewlines));
}
