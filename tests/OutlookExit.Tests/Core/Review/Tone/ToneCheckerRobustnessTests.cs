using CsCheck;
using OutlookExit.Core.Contracts;
using OutlookExit.Core.Review.Secrets;
using OutlookExit.Core.Review.Tone;

namespace OutlookExit.Tests.Core.Review.Tone;

public class ToneCheckerRobustnessTests
{
    [Theory]
    [InlineData("en", "You failed to pay invoice 12.", "You failed to pay")]
    [InlineData("en", "🙂 You failed to pay invoice 12.", "You failed to pay")]
    [InlineData("en", "👩‍💻👩‍💻 Thanks! 🎉 But you always ask for a discount.", "always ask for")]
    [InlineData("en", "𝒜 note: it was a nightmare.", "nightmare")]
    [InlineData("en", "Line one.\r\nLine two: as per my last email, done.", "as per my last email")]
    [InlineData("en", "\"You 'never' replied\", she said.", "You 'never' replied")]
    [InlineData("cs", "😊 Fakturu 12 jste nezaplatil.", "jste nezaplatil")]
    [InlineData("cs", "Dobrý den,\n🙏 je mi to moc líto.", "je mi to moc líto")]
    public void OffsetsPointAtTheFlaggedWords(string language, string text, string excerpt)
    {
        var findings = ToneChecker.Check(text, language);
        var finding = Assert.Single(findings, f => f.Excerpt == excerpt);
        Assert.Equal(text.IndexOf(excerpt, StringComparison.Ordinal), finding.Start);
        Assert.Equal(excerpt.Length, finding.Length);
        Assert.Equal(excerpt, text.Substring(finding.Start, finding.Length));
    }

    [Fact]
    public void OffsetsAreUtf16Units()
    {
        const string text = "🎉🎉🎉 You ignored my emails.";
        var finding = Assert.Single(ToneChecker.Check(text, "en"));
        Assert.Equal(7, finding.Start); // three surrogate pairs and a space
        Assert.Equal("You ignored", finding.Excerpt);
    }

    [Fact]
    public void SecretOffsetsPointAtTheSecretButTheExcerptHidesIt()
    {
        const string text = "🔑 password: hunter2!";
        var finding = Assert.Single(ToneChecker.Check(text, "en"));
        Assert.Equal("secret", finding.Category);
        Assert.Equal("hunter2!", text.Substring(finding.Start, finding.Length));
        Assert.DoesNotContain("hunter2", finding.Excerpt);
    }

    [Fact]
    public void FindingsAreSortedAndSameCategoryFindingsNeverOverlap()
    {
        const string text = "As per my last email, you always ask for a discount. I'm so sorry, maybe we could continue. " +
                            "You failed to pay invoice 12 and it was a nightmare. password: hunter2!";
        var findings = ToneChecker.Check(text, "en");
        Assert.True(findings.Count >= 6);
        for (var i = 1; i < findings.Count; i++)
            Assert.True(findings[i - 1].Start <= findings[i].Start);
        foreach (var group in findings.GroupBy(f => f.Category))
        {
            var ordered = group.OrderBy(f => f.Start).ToList();
            for (var i = 1; i < ordered.Count; i++)
                Assert.True(ordered[i - 1].Start + ordered[i - 1].Length <= ordered[i].Start, $"{group.Key} findings overlap");
        }
        Assert.Equal(findings.Count, findings.Distinct().Count());
    }

    [Fact]
    public void TheOverlapKeepsTheMoreSevereFinding()
    {
        // "maybe" alone is a hedge (warning); "maybe we could continue" reopens the decision (error).
        var waffle = Assert.Single(ToneChecker.Check("Maybe we could continue next year.", "en"), f => f.Category == "waffle");
        Assert.Equal("waffle.reopen", waffle.RuleId);
        Assert.Equal(Severity.Error, waffle.Severity);
    }

    [Fact]
    public void SameInputGivesTheSameFindings()
    {
        const string text = "You always ask for a discount. Vždycky chcete slevu.";
        Assert.Equal(ToneChecker.Check(text, "en"), ToneChecker.Check(text, "en"));
        Assert.Equal(ToneChecker.Check(text, "cs"), ToneChecker.Check(text, "cs"));
    }

    [Fact]
    public void ChecksDoNotLeakStateIntoEachOther()
    {
        // Buffers are pooled between calls; results must not depend on what was checked before.
        string[] texts =
        [
            string.Concat(Enumerable.Repeat("you always ", 100)),
            "Thank you, you always made the work easy.",
            string.Concat(Enumerable.Repeat("Vždycky chcete slevu. ", 50)),
            "You failed to pay invoice 12.",
            new string('a', 5_000),
            "password: hunter2! You never paid.",
        ];
        var first = texts.Select(t => ToneChecker.Check(t, "en").Concat(ToneChecker.Check(t, "cs")).ToList()).ToList();
        for (var round = 0; round < 3; round++)
            for (var i = texts.Length - 1; i >= 0; i--)
                Assert.Equal(first[i], ToneChecker.Check(texts[i], "en").Concat(ToneChecker.Check(texts[i], "cs")).ToList());
        Assert.Equal(99, first[0].Count(f => f.RuleId == "absolute.always"));
    }

    [Fact]
    public void ConcurrentChecksGiveTheSameResults()
    {
        string[] texts =
        [
            "You always ask for a discount. password: hunter2!",
            "Vždycky chcete slevu a fakturu jste nezaplatil.",
            "Working on the spring campaign with your team was a highlight of my year.",
            string.Concat(Enumerable.Repeat("you never paid ", 200)),
        ];
        string[] languages = ["en", "cs"];
        var expected = texts.SelectMany(t => languages.Select(l => ToneChecker.Check(t, l))).ToList();
        Parallel.For(0, 400, i =>
        {
            var k = i % expected.Count;
            Assert.Equal(expected[k], ToneChecker.Check(texts[k / languages.Length], languages[k % languages.Length]));
        });
    }

    public static TheoryData<string, string> HostileInputs()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in new[] { "en", "cs" })
        {
            data.Add(language, new string('a', 10_000));
            data.Add(language, string.Concat(Enumerable.Repeat("you ", 2_500)));
            data.Add(language, string.Concat(Enumerable.Repeat("you always ", 900)));
            data.Add(language, string.Concat(Enumerable.Repeat("You always ask for a discount. ", 320)));
            data.Add(language, new string('"', 2_000) + "you never" + new string('"', 2_000));
            data.Add(language, string.Concat(Enumerable.Repeat("\"'«„", 1_200)) + " your fault " + string.Concat(Enumerable.Repeat("”'»\"", 1_200)));
            data.Add(language, string.Concat(Enumerable.Repeat("vždycky jste ", 750)));
            data.Add(language, string.Concat(Enumerable.Repeat("password: ", 1_000)));
            data.Add(language, string.Concat(Enumerable.Repeat("pwd=Ab1! ", 1_100)));
            data.Add(language, "-----BEGIN " + string.Concat(Enumerable.Repeat("-----BEGIN PRIVATE KEY-----", 350)));
            data.Add(language, string.Concat(Enumerable.Repeat("aA1", 3_333)));
            data.Add(language, string.Concat(Enumerable.Repeat("a-", 5_000)));
            data.Add(language, string.Concat(Enumerable.Repeat("https://", 1_200)));
            data.Add(language, string.Concat(Enumerable.Repeat("🙂", 5_000)));
            data.Add(language, string.Concat(Enumerable.Repeat("maybe we could ", 660)));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public void HostileInputsGiveSaneBoundedResults(string language, string text)
    {
        Assert.True(text.Length <= 10_000);
        var findings = ToneChecker.Check(text, language);
        Assert.True(findings.Count <= ToneChecker.MaxFindings);
        foreach (var f in findings)
        {
            Assert.InRange(f.Start, 0, text.Length);
            Assert.InRange(f.Length, 1, text.Length - f.Start);
        }
    }

    [Fact]
    public void ManyFindingsAreCappedButStartAtTheBeginning()
    {
        var text = string.Concat(Enumerable.Repeat("You always ask for a discount. ", 320));
        var findings = ToneChecker.Check(text, "en");
        Assert.Equal(ToneChecker.MaxFindings, findings.Count);
        Assert.Equal(4, findings[0].Start);
    }

    private static readonly string[] Fragments =
    [
        "you ", "You ", "your ", "always ", "never ", "didn't ", "failed to ", "pay ", "fault ", "not ", "because of ",
        "vždycky ", "jste ", "nezaplatil ", "Vaše chyba ", "kvůli Vám ", "je mi to líto ", "možná bychom mohli ",
        "password: ", "heslo: ", "hunter2! ", "sk-", "ghp_", "eyJ", ".", ",", "?", "\n", "\"", "'", "-", "🙂", "\uD83D",
        "\uDE42", "e\u030C", "https://", "@", "=", "-----BEGIN PRIVATE KEY-----", " ",
    ];

    [Fact]
    public void NeverThrowsAndEveryFindingLiesWithinTheText()
    {
        var anyString = Gen.OneOf(
            Gen.String,
            Gen.Char.Array[0, 200].Select(c => new string(c)),
            Gen.Int[0, Fragments.Length - 1].Array[0, 40].Select(ix => string.Concat(ix.Select(i => Fragments[i]))));
        Gen.Select(anyString, Gen.Int[0, 2].Select(i => i switch { 0 => "en", 1 => "cs", _ => "de" })).Sample((text, language) =>
        {
            var findings = ToneChecker.Check(text, language, "personalNote");
            var previousStart = 0;
            var lastEndByCategory = new Dictionary<string, int>();
            foreach (var f in findings)
            {
                if (lastEndByCategory.TryGetValue(f.Category, out var lastEnd) && f.Start < lastEnd) return false;
                lastEndByCategory[f.Category] = f.Start + f.Length;
                if (f.Start < 0 || f.Length < 0 || f.Start + f.Length > text.Length) return false;
                if (f.Start < previousStart) return false;
                previousStart = f.Start;
                if (f.Field != "personalNote") return false;
                if (f.Category == "secret")
                {
                    if (f.Excerpt != "•••") return false;
                }
                else if (f.Excerpt != text.Substring(f.Start, f.Length))
                {
                    // Only where the finding's words run over a secret, which its excerpt masks.
                    var secrets = findings.Where(g => g.Category == "secret" && g.Start < f.Start + f.Length && f.Start < g.Start + g.Length).ToList();
                    if (secrets.Count == 0 || !f.Excerpt.Contains("•••", StringComparison.Ordinal)) return false;
                    if (secrets.Any(g => f.Excerpt.Contains(text.Substring(g.Start, g.Length), StringComparison.Ordinal))) return false;
                }
            }
            return SecretDetector.Find(text) is not { } s || (s.Start >= 0 && s.Length > 0 && s.Start + s.Length <= text.Length);
        }, iter: 10_000);
    }
}
