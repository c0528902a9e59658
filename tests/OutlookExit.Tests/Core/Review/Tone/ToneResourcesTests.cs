using OutlookExit.Core.Review.Tone;

namespace OutlookExit.Tests.Core.Review.Tone;

public class ToneResourcesTests
{
    private static readonly LanguageProfile English = LanguageProfile.For("en");
    private static readonly LanguageProfile Czech = LanguageProfile.For("cs");

    [Fact]
    public void BothLanguagesRaiseTheSameRules()
    {
        var en = English.Rules.Select(r => r.Id).Order().ToList();
        var cs = Czech.Rules.Select(r => r.Id).Order().ToList();
        Assert.Equal(en, cs);
        foreach (var category in ToneRule.Categories)
            Assert.Contains(en, id => id.StartsWith(category + ".", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryRuleHasLocalisedWording()
    {
        foreach (var rule in English.Rules)
        {
            var (enMessage, enSuggestion) = English.Wording(rule);
            var (csMessage, csSuggestion) = Czech.Wording(Czech.Rule(rule.Id));
            Assert.NotEqual(rule.Id, enMessage);
            Assert.NotEqual(rule.Id, csMessage);
            Assert.False(string.IsNullOrWhiteSpace(enSuggestion), rule.Id);
            Assert.False(string.IsNullOrWhiteSpace(csSuggestion), rule.Id);
            Assert.NotEqual(enMessage, csMessage);
            Assert.NotEqual(enSuggestion, csSuggestion);
        }
    }

    [Theory]
    [InlineData("en", "Subject", "NotSubjectBefore", "Aux", "Be", "Negation", "Skip", "NegVerbs", "DutyVerbs", "PosVerbs", "NegWords", "PosWords", "NegTraits", "PosTraits", "Conditional", "Modal")]
    [InlineData("cs", "SecondPerson", "BeSecondPerson", "Negation", "NegVerbs", "DutyVerbs", "PosVerbs", "NegWords", "PosWords", "NegTraits", "Conditional", "Modal", "PossessiveSubject")]
    public void TheClauseAnalysisHasItsWordLists(string language, params string[] names)
    {
        var profile = LanguageProfile.For(language);
        foreach (var name in names)
            Assert.NotSame(WordSet.Empty, profile.Words(name));
        Assert.Equal(4, profile.Absolutes.Length);
    }

    [Theory]
    [InlineData("as (per|) my last (email|e-mail)", "As my last e-mail", true)]
    [InlineData("as (per|) my last (email|e-mail)", "as per my last email", true)]
    [InlineData("zklaman*", "Zklamaná", true)]
    [InlineData("zklaman*", "zklamal", false)]
    [InlineData("on time", "on  time", true)]
    public void PhrasePatternsExpandAndFold(string pattern, string text, bool matches)
    {
        var trie = new PhraseTrie();
        var rule = ToneRule.FromId("negativity.word");
        trie.Add(pattern, rule);
        using var scanned = ScannedText.Scan(text);
        Assert.Equal(matches, trie.LongestAt(scanned, 0) is { } m && m.Last == scanned.Count - 1);
    }

    [Fact]
    public void UnknownCategoriesAreRejected() =>
        Assert.Throws<InvalidOperationException>(() => ToneRule.FromId("rudeness.word"));
}
