using OutlookExit.Core.Contracts;
using CsCheck;
using OutlookExit.Core.Composition;
using OutlookExit.Core.Rendering;
using OutlookExit.Core.Review.Tone;
using OutlookExit.Core.Review.Tone.Model;
using OutlookExit.Tests.Core.Composition;

namespace OutlookExit.Tests.Core.Review.Tone;

/// <summary>The statistical layer of the tone checker (<see cref="ToneModel"/>), tested on its own: the sentences
/// here are new (written for these tests, not taken from the corpus).</summary>
public class ToneModelTests
{
    private static List<(int Start, int End, string Label)> Hits(ToneModel model, string text, string language)
    {
        using var s = ScannedText.Scan(text);
        return model.Hits(s, language);
    }

    private static double Score(ToneModel model, string text)
    {
        using var s = ScannedText.Scan(text);
        return model.MaxScore(s);
    }

    [Theory]
    [InlineData("cs", "Je mi hrozně, že odcházím uprostřed kampaně.", "apology")]
    [InlineData("cs", "Upřímně se omlouvám, že končím.", "apology")]
    [InlineData("cs", "Říkám si, že by tohle možná byl můj poslední projekt.", "waffle.hedge")]
    [InlineData("cs", "Asi bych to možná raději ukončila, ale nevím.", "waffle.hedge")]
    [InlineData("cs", "Možná bychom se k tomu mohli vrátit v lednu.", "waffle.reopen")]
    [InlineData("cs", "Kolik večerů jsem kvůli tomu zůstala v kanceláři.", "guilt")]
    [InlineData("en", "I gave up three other contracts to keep your project going.", "guilt")]
    [InlineData("en", "I could stay on for another month or two.", "waffle.reopen")]
    [InlineData("en", "Your approvals took forever and the launch slipped.", "complaint")]
    [InlineData("en", "I am so sorry to leave you like this.", "apology")]
    [InlineData("en", "I have bent over backwards for this account.", "guilt")]
    public void TheModelFlagsNewSentencesWithTheirCategory(string language, string text, string label)
    {
        var hit = Assert.Single(Hits(ToneModel.For(language), text, language));
        Assert.Equal(label, hit.Label);
        Assert.InRange(hit.Start, 0, text.Length);
        Assert.InRange(hit.End, hit.Start + 1, text.Length);
    }

    [Theory]
    [InlineData("cs", "Nerada parkuji v centru.")]
    [InlineData("cs", "V lednu se k fakturám vrátíme.")]
    [InlineData("cs", "Možná pošlu soubory už v pondělí.")]
    [InlineData("cs", "Letos v létě jsem byla na dovolené u moře.")]
    [InlineData("cs", "Děkuji za celé léto spolupráce.")]
    [InlineData("cs", "Podklady posílám v příloze.")]
    [InlineData("en", "I spent the summer at the seaside.")]
    [InlineData("en", "The files are in the shared folder.")]
    [InlineData("en", "Thank you for three good years of work together.")]
    [InlineData("en", "Maybe Thursday works better for the call.")]
    [InlineData("en", "Your team approved the last designs on Monday.")]
    public void TheModelLeavesLookAlikesAlone(string language, string text) =>
        Assert.Empty(Hits(ToneModel.For(language), text, language));

    /// <summary>Through the checker's hook, with the model's threshold lowered so that it speaks on a sentence the rules
    /// leave alone: its finding is reported as an existing rule of its category, with that rule's message, suggestion
    /// and severity.</summary>
    [Theory]
    [InlineData("en", "The files are in the shared folder.")]
    [InlineData("cs", "Podklady jsou ve sdílené složce.")]
    public void TheCheckerReportsTheModelsFindingAsARuleOfItsCategory(string language, string text)
    {
        using (ToneModel.RulesOnlyScope()) Assert.Empty(ToneChecker.Check(text, language, "personalNote"));
        Finding finding;
        using (ToneModel.UseScope(ToneModel.For(language).WithThreshold(-100)))
            finding = Assert.Single(ToneChecker.Check(text, language, "personalNote"));
        var label = Array.IndexOf(ToneModel.LabelRules, finding.RuleId);
        Assert.True(label >= 0, finding.RuleId);
        Assert.Equal(ToneModel.Labels[label].Split('.')[0], finding.Category);
        var profile = LanguageProfile.For(language);
        Assert.Equal(profile.Rule(finding.RuleId).Severity, finding.Severity);
        Assert.Equal(profile.Wording(profile.Rule(finding.RuleId)).Suggestion, finding.Suggestion);
        Assert.Equal("personalNote", finding.Field);
        Assert.Equal(text.Substring(finding.Start, finding.Length), finding.Excerpt);
    }

    /// <summary>Even with its threshold lowered, the model leaves to the rules a sentence that holds their cue for
    /// another reading (a negation, praise, thanks, a condition, a request, a plan kept, a cause outside the client,
    /// a word inside an exception phrase), and a last sentence that is not finished yet.</summary>
    [Theory]
    [InlineData("en", "Payments were never late.")]
    [InlineData("en", "Because of your team, the launch was a success.")]
    [InlineData("en", "If you didn't get the files, tell me.")]
    [InlineData("en", "The texts arrived on Friday, as planned.")]
    [InlineData("en", "We need to break up the migration into phases.")]
    [InlineData("en", "The files are in the shared folder")]
    [InlineData("cs", "Ani jednou jste nezapomněli na zálohu.")]
    [InlineData("cs", "Podklady jsou ve sdílené složce")]
    public void TheModelLeavesToTheRulesWhatTheyHaveARuleFor(string language, string text)
    {
        using (ToneModel.UseScope(ToneModel.For(language).WithThreshold(-100)))
            Assert.Empty(ToneChecker.Check(text, language, "personalNote"));
    }

    /// <summary>The absolute gates hold at any score, with both thresholds lowered: a negation ("never late"), a plan kept
    /// or a cause outside the client, a word inside an exception phrase, a secret, and a last sentence not finished yet.</summary>
    [Theory]
    [InlineData("en", "Payments were never late.")]
    [InlineData("en", "The texts arrived on Friday, as planned.")]
    [InlineData("en", "We need to break up the migration into phases.")]
    [InlineData("en", "The files are in the shared folder")]
    [InlineData("en", "Thanks for the files")]
    [InlineData("en", "My password: Xk92mPq7Lr4tW is in the vault.")]
    [InlineData("cs", "Ani jednou jste nezapomněli na zálohu.")]
    [InlineData("cs", "Byla jsem Vám k dispozici po celou dobu předávání.")]
    [InlineData("cs", "Děkuji za podklady")]
    [InlineData("cs", "Podklady pošlu do 10. ")]
    public void TheHardGatesHoldAtAnyScore(string language, string text)
    {
        using (ToneModel.UseScope(ToneModel.For(language).WithThresholds(-100, -100)))
            Assert.DoesNotContain(ToneChecker.Check(text, language, "personalNote"), f => f.Category != "secret");
    }

    /// <summary>A finished sentence that holds only a soft gate (thanks, praise, a condition, a request, a hope) is judged
    /// at the second threshold: with it lowered the model speaks there, with it at +∞ it does not.</summary>
    [Theory]
    [InlineData("en", "Thanks for the files.")]
    [InlineData("en", "Please see the files in the shared folder.")]
    [InlineData("cs", "Děkuji za podklady.")]
    [InlineData("cs", "Prosím, podklady jsou ve sdílené složce.")]
    public void ASentenceWithOnlyASoftGateIsJudgedAtTheSecondThreshold(string language, string text)
    {
        using (ToneModel.RulesOnlyScope()) Assert.Empty(ToneChecker.Check(text, language, "personalNote"));
        var model = ToneModel.For(language);
        using (ToneModel.UseScope(model.WithThresholds(-100, double.PositiveInfinity)))
            Assert.Empty(ToneChecker.Check(text, language, "personalNote"));
        using (ToneModel.UseScope(model.WithThresholds(-100, -100)))
            Assert.Single(ToneChecker.Check(text, language, "personalNote"));
    }

    /// <summary>The full stop of a Czech ordinal day before a month name ends no sentence; other full stops after a number do.</summary>
    [Theory]
    [InlineData("Zaplaťte do 10. prosince, prosím.", 1)]
    [InlineData("Od 1. ledna do 31. března platí nový ceník.", 1)]
    [InlineData("Faktura má 10. Pak přijde další.", 2)]
    [InlineData("Splatnost je 10. prosinec byl rušný.", 2)]
    [InlineData("Pošlu to 10.prosince.", 2)]
    public void AnOrdinalDayBeforeAMonthEndsNoSentence(string text, int sentences)
    {
        using var s = ScannedText.Scan(text);
        Assert.Equal(sentences, s.Tokens[s.Count - 1].Sentence + 1);
    }

    /// <summary>The shipped second threshold is never below the first.</summary>
    [Fact]
    public void TheSecondThresholdIsNeverBelowTheFirst()
    {
        foreach (var language in new[] { "en", "cs" })
            Assert.True(ToneModel.For(language).SoftThreshold >= ToneModel.For(language).Threshold, language);
        Assert.Throws<ArgumentOutOfRangeException>(() => ToneModel.For("en").WithThresholds(3, 2));
    }

    /// <summary>Switched on, the model only adds: every finding of the rules is still reported.</summary>
    [Theory]
    [InlineData("cs", "Kdybyste si to rozmysleli, ještě bych zvážila pokračování. Nikdy jste nezaplatili včas.")]
    [InlineData("en", "I have bent over backwards for this account. You never paid on time. Thanks for the files.")]
    [InlineData("en", "Your approvals took forever and the launch slipped. I am so sorry to leave you like this.")]
    public void SwitchedOnTheModelOnlyAddsToTheRules(string language, string text)
    {
        Assert.Contains(language, ToneModel.SwitchedOn);
        var shipped = ToneChecker.Check(text, language, "personalNote");
        IReadOnlyList<Finding> rules;
        using (ToneModel.RulesOnlyScope()) rules = ToneChecker.Check(text, language, "personalNote");
        Assert.All(rules, f => Assert.Contains(f, shipped));
    }

    private static readonly string[] Vocabulary =
    [
        "you", "always", "never", "sorry", "maybe", "perhaps", "stay", "thanks", "for", "finally", "invoice", "paid", "late",
        "I", "gave", "up", "my", "weekends", "lawyer", "unless", "the", "files", "could", "continue", "if", "want", "feedback",
        "omlouvám", "se", "možná", "bych", "zůstala", "vždycky", "nikdy", "děkuji", "že", "jste", "konečně", "zaplatili",
        "obětovala", "jsem", "víkendy", "právníkovi", "jinak", "faktura", "12", "hrozně", "líto", "Vám", "kvůli", "asi",
        ",", ",", ".", "?", "!", ";", "–", "(", ")",
    ];

    private static readonly Gen<string> Text = Gen.Int[0, Vocabulary.Length - 1].Array[1, 40]
        .Select(ix => string.Join(" ", ix.Select(i => Vocabulary[i])));

    /// <summary>A window's score depends only on its own tokens, so every hit of a text is still there, unchanged, when
    /// more text follows it — at the model's threshold and at a low one where most texts have hits.</summary>
    [Fact]
    public void AHitNeverDisappearsWhenTextIsAppended()
    {
        var models = new[] { "en", "cs" }.SelectMany(l => new[] { ToneModel.For(l), ToneModel.For(l).WithThresholds(0, 0), ToneModel.For(l).WithThresholds(0, 1) }).ToArray();
        var seen = 0;
        Gen.Select(Gen.Int[0, models.Length - 1], Text, Text).Sample((m, text, more) =>
        {
            var language = m < 3 ? "en" : "cs";
            var before = Hits(models[m], text, language);
            var after = Hits(models[m], text + " " + more, language);
            seen += before.Count;
            foreach (var hit in before)
                Assert.True(after.Contains(hit), $"\"{text}\" + \"{more}\": lost {hit}; now [{string.Join(", ", after)}]");
        }, iter: 12_000);
        Assert.True(seen > 500, $"only {seen} hits were checked");
    }

    [Fact]
    public void TheProductsOwnLettersNeverFlag()
    {
        var problems = new List<string>();
        foreach (var (name, request) in LetterMatrix.Everything())
        {
            var (plan, letter) = LetterMatrix.Compose(request);
            var text = TextRenderer.Render(letter);
            foreach (var hit in Hits(ToneModel.For(plan.Language), text, plan.Language))
                problems.Add($"{name}: {hit.Label} '{text[hit.Start..hit.End]}'");
        }
        Assert.True(problems.Count == 0, string.Join("; ", problems));
    }

    [Fact]
    public void TheProductsOwnWordingNeverFlags()
    {
        var problems = new List<string>();
        foreach (var language in new[] { "en", "cs" })
        {
            var wording = Wording.For(language);
            foreach (var key in wording.Keys)
            {
                var text = System.Text.RegularExpressions.Regex.Replace(wording.Text(key), @"\{[^}]*\}", " ");
                foreach (var hit in Hits(ToneModel.For(language), text, language))
                    problems.Add($"{language} {key}: {hit.Label} '{text[hit.Start..hit.End]}'");
            }
        }
        Assert.True(problems.Count == 0, string.Join("; ", problems));
    }

    [Fact]
    public void TheModelFilesLoadAndAreDeterministic()
    {
        foreach (var language in new[] { "en", "cs" })
        {
            var model = ToneModel.For(language);
            Assert.True(model.FeatureCount > 1_000, $"{language}: {model.FeatureCount} features");
            var path = Path.Combine(RepositoryRoot(), "api", "Core", "Review", "Tone", "Model", "Data", $"model-{language}.tsv");
            using var reader = new StreamReader(path);
            var again = ToneModel.Parse(reader);
            Assert.Equal(model.FeatureCount, again.FeatureCount);
            Assert.Equal(model.Threshold, again.Threshold);
            Assert.Equal(model.SoftThreshold, again.SoftThreshold);
            foreach (var text in new[] { "Upřímně se omlouvám, že končím.", "I gave up three other contracts to keep your project going." })
            {
                Assert.Equal(Score(model, text), Score(again, text));
                Assert.Equal(Hits(model, text, language), Hits(again, text, language));
            }
        }
        Assert.True(double.IsFinite(ToneModel.For("cs").Threshold));
        Assert.True(double.IsFinite(ToneModel.For("en").Threshold));
    }

    /// <summary>Each label reports as a rule both languages define, so the finding carries the checker's usual
    /// message and suggestion for that category; Czech suggestions are not gendered (no l-participles, no "/a").</summary>
    [Fact]
    public void EveryLabelReportsAsARuleWithWording()
    {
        Assert.Equal(ToneModel.Labels.Length, ToneModel.LabelRules.Length);
        for (var i = 0; i < ToneModel.Labels.Length; i++)
        {
            var category = ToneModel.Labels[i].Split('.')[0];
            foreach (var language in new[] { "en", "cs" })
            {
                var profile = LanguageProfile.For(language);
                var rule = profile.Rule(ToneModel.LabelRules[i]);
                Assert.Equal(category, rule.Category);
                var (message, suggestion) = profile.Wording(rule);
                Assert.False(string.IsNullOrWhiteSpace(message));
                Assert.False(string.IsNullOrWhiteSpace(suggestion));
                if (language == "cs")
                    Assert.DoesNotMatch(@"\b(jsem|jste|jsi)\s+\w+l[ai]?\b|\b\w+l[ai]?\s+(jsem|jste|jsi)\b|/a\b", suggestion);
            }
        }
        Assert.Equal(global::OutlookExit.Core.Contracts.Severity.Error, LanguageProfile.For("cs").Rule(ToneModel.LabelRules[Array.IndexOf(ToneModel.Labels, "waffle.reopen")]).Severity);
        Assert.Equal(global::OutlookExit.Core.Contracts.Severity.Warning, LanguageProfile.For("cs").Rule(ToneModel.LabelRules[Array.IndexOf(ToneModel.Labels, "waffle.hedge")]).Severity);
    }

    private static string RepositoryRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (Directory.Exists(Path.Combine(d.FullName, "api", "Core", "Review", "Tone", "Model"))) return d.FullName;
        throw new DirectoryNotFoundException("api/Core/Review/Tone/Model");
    }
}
