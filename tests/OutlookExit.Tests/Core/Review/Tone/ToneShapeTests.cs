using OutlookExit.Core.Contracts;
using OutlookExit.Core.Review.Tone;

namespace OutlookExit.Tests.Core.Review.Tone;

/// <summary>Sentences written for these tests (none from the tone corpus), one group per general shape the rules
/// recognise, each with look-alikes that share its words but must not be flagged: praise + "finally" + a good event,
/// sentence-initial "every time … , you …", guilt and threat shapes, Czech in several persons and genders.</summary>
public class ToneShapeTests
{
    private static string Describe(IReadOnlyList<Finding> findings) =>
        findings.Count == 0 ? "(none)" : string.Join("; ", findings.Select(f => $"{f.RuleId}/{f.Severity} '{f.Excerpt}' @{f.Start}"));

    public static TheoryData<string, string, string> Flagged => new()
    {
        // Praise + "finally" + a delay, or praise + you + "finally": sarcasm.
        { "en", "Great to finally get an answer after four reminders.", "sarcasm" },
        { "en", "Wonderful that you finally read the contract.", "sarcasm" },
        { "en", "Amazing, the deposit eventually arrived months late.", "sarcasm" },
        { "cs", "Skvělé, že jste konečně odpověděli.", "sarcasm" },
        { "cs", "Super, konečně odpověď po třech týdnech.", "sarcasm" },
        { "cs", "Milé, že ses nakonec ozval.", "sarcasm" },
    };

    public static TheoryData<string, string> Fair => new()
    {
        // Praise + "finally" + a good event is relief, not sarcasm.
        { "en", "It was great to see the campaign finally go live." },
        { "en", "Wonderful to see the new shop finally open its doors." },
        { "en", "Brilliant news that the app is finally in the store." },
        { "cs", "Bylo skvělé vidět, jak kampaň konečně startuje." },
        { "cs", "Super, že nový e-shop konečně běží." },
    };

    [Theory]
    [MemberData(nameof(Flagged))]
    public void FlagsTheShape(string language, string text, string category)
    {
        var findings = ToneChecker.Check(text, language, "personalNote");
        Assert.True(findings.Any(f => f.Category == category), $"Expected {category} in \"{text}\", got {Describe(findings)}");
    }

    [Theory]
    [MemberData(nameof(Flagged))]
    public void KeepsTheFindingWhenSentencesOrClausesFollow(string language, string text, string category)
    {
        var sentence = language == "cs" ? " Zbytek podkladů pošlu v pátek. Díky." : " I will send the rest on Friday. Thanks.";
        var clause = language == "cs" ? ", a zbytek pošlu v pátek." : ", and the rest follows on Friday.";
        foreach (var longer in new[] { text + sentence, text.TrimEnd('.', '!') + clause, text + " " + text })
        {
            var findings = ToneChecker.Check(longer, language, "personalNote");
            Assert.True(findings.Any(f => f.Category == category && f.Start + f.Length <= text.Length),
                $"Expected {category} within the first {text.Length} characters of \"{longer}\", got {Describe(findings)}");
        }
    }

    [Theory]
    [MemberData(nameof(Fair))]
    public void LeavesTheLookAlikeAlone(string language, string text)
    {
        var findings = ToneChecker.Check(text, language, "personalNote");
        Assert.True(findings.Count == 0, $"Expected no finding in \"{text}\", got {Describe(findings)}");
    }
}
