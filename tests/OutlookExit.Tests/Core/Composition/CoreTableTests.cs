using OutlookExit.Core.Composition;
using OutlookExit.Core.Contracts;
using OutlookExit.Core.Validation;

namespace OutlookExit.Tests.Core.Composition;

public class CoreTableTests
{
    [Theory]
    [InlineData("en", 2026, 12, 11, "11 December 2026")]
    [InlineData("cs", 2026, 12, 11, "11. prosince 2026")]
    [InlineData("cs", 2027, 1, 1, "1. ledna 2027")]
    [InlineData("cs", 2026, 7, 4, "4. července 2026")]
    public void DatesUseTheLanguagesLongForm(string language, int y, int m, int d, string expected) =>
        Assert.Equal(expected, Wording.For(language).Date(new DateOnly(y, m, d)));

    [Theory]
    [InlineData("en", 1200, "EUR", "EUR 1,200.00")]
    [InlineData("en", 0.5, "USD", "USD 0.50")]
    [InlineData("en", 98000, "JPY", "JPY 98,000")]
    [InlineData("cs", 1200, "EUR", "1\u00a0200,00 EUR")]
    [InlineData("cs", 18500, "CZK", "18\u00a0500,00 CZK")]
    [InlineData("cs", 1234567.5, "CZK", "1\u00a0234\u00a0567,50 CZK")]
    public void AmountsUseTheLanguagesSeparatorsAndCodeOrder(string language, double amount, string currency, string expected) =>
        Assert.Equal(expected, Wording.For(language).Amount((decimal)amount, currency));

    [Theory]
    [InlineData("cs", 1, "1 den")]
    [InlineData("cs", 2, "2 dny")]
    [InlineData("cs", 4, "4 dny")]
    [InlineData("cs", 5, "5 dní")]
    [InlineData("cs", 14, "14 dní")]
    [InlineData("cs", 0, "0 dní")]
    [InlineData("en", 1, "1 day")]
    [InlineData("en", 14, "14 days")]
    public void CountsUseTheLanguagesPluralForms(string language, int n, string expected)
    {
        var w = Wording.For(language);
        Assert.Equal(expected, w.Count("Count.Day", n).Fill(new Args(("n", n.ToString(w.Culture)))));
    }

    [Theory]
    [InlineData("en", new[] { "a" }, "a")]
    [InlineData("en", new[] { "a", "b" }, "a and b")]
    [InlineData("en", new[] { "a", "b", "c" }, "a, b and c")]
    [InlineData("cs", new[] { "a", "b", "c" }, "a, b a c")]
    public void ListsAreJoinedInTheLanguage(string language, string[] items, string expected) =>
        Assert.Equal(expected, Wording.For(language).JoinList(items));

    [Theory]
    [InlineData("en", true, "en")]
    [InlineData("EN-us", true, "en")]
    [InlineData("cs_CZ", true, "cs")]
    [InlineData(" cs ", true, "cs")]
    [InlineData("", true, "en")]
    [InlineData("de", false, "en")]
    [InlineData("c", false, "en")]
    [InlineData("cs-", false, "en")]
    [InlineData("cs-<script>", false, "en")]
    [InlineData("english", false, "en")]
    public void LanguageCodesAreNormalised(string code, bool ok, string expected)
    {
        Assert.Equal(ok, Languages.TryNormalize(code, out var language));
        Assert.Equal(expected, language);
    }

    [Theory]
    [InlineData("EUR", true)]
    [InlineData("czk", true)]
    [InlineData("JPY", true)]
    [InlineData("EUX", false)]
    [InlineData("EU", false)]
    [InlineData("€", false)]
    public void CurrenciesAreIso4217Codes(string code, bool ok) => Assert.Equal(ok, Currencies.TryNormalize(code, out _));

    [Theory]
    [InlineData("Hello {name}", "Hello Ann")]
    [InlineData("{{literal}} {name}", "{literal} Ann")]
    [InlineData("{*name}!", "Ann!")]
    public void TemplatesFillPlaceholders(string source, string expected) =>
        Assert.Equal(expected, Template.Parse("t", source).Fill(new Args(("name", "Ann"))));

    [Theory]
    [InlineData("Hello {name")]
    [InlineData("Hello name}")]
    [InlineData("Hello {}")]
    public void MalformedTemplatesAreRejectedAtLoad(string source) =>
        Assert.Throws<FormatException>(() => Template.Parse("t", source));

    /// <summary>Keys a language may inherit because they hold no words, only a pattern of placeholders and punctuation.</summary>
    private static bool IsPattern(Wording english, string key) =>
        !System.Text.RegularExpressions.Regex.Replace(english[key].Source, "{[^}]*}", "").Any(char.IsLetter)
        || key.StartsWith("List.", StringComparison.Ordinal);

    [Fact]
    public void EveryLanguageHasItsOwnWordsForEveryKey()
    {
        var english = Wording.For(Languages.Default);
        foreach (var language in Languages.Supported.Where(l => l != Languages.Default))
        {
            var w = Wording.For(language);
            var missing = english.Keys.Where(k => !w.IsOwn(k) && !IsPattern(english, k) && !k.EndsWith(".formal", StringComparison.Ordinal)
                && !k.StartsWith("Greeting.", StringComparison.Ordinal)).Order().ToList();
            Assert.True(missing.Count == 0, $"{language} lacks: {string.Join(", ", missing)}");
        }
    }

    [Fact]
    public void EveryTemplateUsesOnlyPlaceholdersTheComposerFills()
    {
        string[] known = ["first", "full", "surname", "surnameVocative", "company", "lastDay", "notice", "n", "title", "due",
            "number", "amount", "currency", "items", "tools", "name", "specialty", "contact", "focus", "service", "days", "friday", "weekend"];
        foreach (var language in Languages.Supported)
        {
            var w = Wording.For(language);
            foreach (var key in w.Keys)
                Assert.All(w[key].Slots, slot => Assert.Contains(slot, known));
        }
    }

    [Fact]
    public void CzechWordingAddressesTheReaderWithCapitalisedVy()
    {
        var w = Wording.For("cs");
        foreach (var key in w.Keys.Where(w.IsOwn))
        {
            var words = w[key].Source.Split([' ', ',', '.', ':', ';', '?'], StringSplitOptions.RemoveEmptyEntries);
            foreach (var lower in new[] { "vám", "vás", "váš", "vaše", "vaši", "vašim", "vaší", "vy" })
                Assert.DoesNotContain(lower, words);
        }
    }
}
