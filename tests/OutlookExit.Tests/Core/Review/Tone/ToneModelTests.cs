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
    private static List<(int Start, int End, string Label)> Hits(ToneModel model, string text)
    {
        using var s = ScannedText.Scan(text);
        return model.Hits(s);
    }

    private static double Score(ToneModel model, string text)
    {
        using var s = ScannedText.Scan(text);
        return model.MaxScore(s);
    }

    [Theory]
    [InlineData("Je mi hrozně, že odcházím uprostřed kampaně.", "apology")]
    [InlineData("Upřímně se omlouvám, že končím.", "apology")]
    [InlineData("Říkám si, že by tohle možná byl můj poslední projekt.", "waffle.hedge")]
    [InlineData("Asi bych to možná raději ukončila, ale nevím.", "waffle.hedge")]
    [InlineData("Možná jsem moc unáhlený, tak mi řekněte, jestli mám pokračovat.", "waffle.reopen")]
    [InlineData("Možná bychom se k tomu mohli vrátit v lednu.", "waffle.reopen")]
    [InlineData("Kolik večerů jsem kvůli tomu zůstala v kanceláři.", "guilt")]
    public void TheCzechModelFlagsNewSentencesWithTheirCategory(string text, string label)
    {
        var hits = Hits(ToneModel.For("cs"), text);
        var hit = Assert.Single(hits);
        Assert.Equal(label, hit.Label);
        Assert.InRange(hit.Start, 0, text.Length);
        Assert.InRange(hit.End, hit.Start + 1, text.Length);
    }

    [Theory]
    [InlineData("Nerada parkuji v centru.")]
    [InlineData("V lednu se k fakturám vrátíme.")]
    [InlineData("Možná pošlu soubory už v pondělí.")]
    [InlineData("Letos v létě jsem byla na dovolené u moře.")]
    [InlineData("Děkuji za celé léto spolupráce.")]
    [InlineData("Podklady posílám v příloze.")]
    public void TheCzechModelLeavesLookAlikesAlone(string text) =>
        Assert.Empty(Hits(ToneModel.For("cs"), text));

    [Theory]
    [InlineData("I gave up three other contracts to keep your project going.", "guilt")]
    [InlineData("Honestly, I might reconsider if the budget changes.", "waffle.reopen")]
    [InlineData("Your approvals took forever and the launch slipped.", "complaint")]
    [InlineData("I am so sorry to leave you like this.", "apology")]
    [InlineData("I suppose I could keep helping for a bit if needed.", "waffle.reopen")]
    public void TheEnglishModelFlagsNewSentencesWithTheirCategory(string text, string label)
    {
        var hit = Assert.Single(Hits(ToneModel.For("en"), text));
        Assert.Equal(label, hit.Label);
        Assert.InRange(hit.Start, 0, text.Length);
        Assert.InRange(hit.End, hit.Start + 1, text.Length);
    }

    [Theory]
    [InlineData("I spent the summer at the seaside.")]
    [InlineData("The files are in the shared folder.")]
    [InlineData("Thank you for three good years of work together.")]
    [InlineData("Maybe Thursday works better for the call.")]
    [InlineData("Your team approved the last designs on Monday.")]
    public void TheEnglishModelLeavesLookAlikesAlone(string text) =>
        Assert.Empty(Hits(ToneModel.For("en"), text));

    /// <summary>Through the checker's hook (switched on here for the test; the checker ships with it off): where the
    /// rules find nothing, the model's finding is reported as an existing rule
    /// of its category, with that rule's message, suggestion and severity.</summary>
    [Theory]
    [MemberData(nameof(ModelOnly))]
    public void TheCheckerReportsTheModelsFindingWhereTheRulesFindNothing(string language, string text, string label)
    {
        Assert.Empty(ToneChecker.Check(text, language, "personalNote"));
        Finding finding;
        using (ToneModel.UseScope(ToneModel.For(language)))
            finding = Assert.Single(ToneChecker.Check(text, language, "personalNote"));
        var rule = ToneModel.LabelRules[Array.IndexOf(ToneModel.Labels, label)];
        Assert.Equal(rule, finding.RuleId);
        Assert.Equal(label.Split('.')[0], finding.Category);
        var profile = LanguageProfile.For(language);
        Assert.Equal(profile.Rule(rule).Severity, finding.Severity);
        Assert.Equal(profile.Wording(profile.Rule(rule)).Suggestion, finding.Suggestion);
        Assert.Equal("personalNote", finding.Field);
        Assert.Equal(text.Substring(finding.Start, finding.Length), finding.Excerpt);
    }

    public static TheoryData<string, string, string> ModelOnly => new()
    {
        { "en", "Nobody on your team bothered to read the brief.", "complaint" },
    };

    /// <summary>Switched off, the hook changes nothing: the checker's findings are the rules' findings.</summary>
    [Theory]
    [InlineData("en", "Nobody on your team bothered to read the brief. You never paid on time.")]
    [InlineData("cs", "Kdybyste si to rozmysleli, ještě bych zvážila pokračování. Nikdy jste nezaplatili včas.")]
    public void SwitchedOffTheCheckerIsTheRulesAlone(string language, string text)
    {
        Assert.Empty(ToneModel.SwitchedOn);
        var shipped = ToneChecker.Check(text, language, "personalNote");
        using (ToneModel.RulesOnlyScope())
            Assert.Equal(ToneChecker.Check(text, language, "personalNote"), shipped);
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
        var models = new[] { "en", "cs" }.SelectMany(l => new[] { ToneModel.For(l), ToneModel.For(l).WithThreshold(0) }).ToArray();
        var seen = 0;
        Gen.Select(Gen.Int[0, models.Length - 1], Text, Text).Sample((m, text, more) =>
        {
            var before = Hits(models[m], text);
            var after = Hits(models[m], text + " " + more);
            seen += before.Count;
            foreach (var hit in before)
                Assert.True(after.Contains(hit), $"\"{text}\" + \"{more}\": lost {hit}; now [{string.Join(", ", after)}]");
        }, iter: 3_000);
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
            foreach (var hit in Hits(ToneModel.For(plan.Language), text))
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
                foreach (var hit in Hits(ToneModel.For(language), text))
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
            foreach (var text in new[] { "Upřímně se omlouvám, že končím.", "I gave up three other contracts to keep your project going." })
            {
                Assert.Equal(Score(model, text), Score(again, text));
                Assert.Equal(Hits(model, text), Hits(again, text));
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
