using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text;
using CsCheck;
using OutlookExit.Core.Review.Tone;

namespace OutlookExit.Tests.Core.Review.Tone;

/// <summary>The indexed word-list lookups (one index lookup per word, bit masks, a per-word cache) give exactly the
/// findings of plain lookups that ask each word list itself, on random text made of the languages' own words,
/// random words and punctuation.</summary>
public class ToneLookupEquivalenceTests
{
    private const long Samples = 3_000;

    private static readonly string[] Punctuation =
        [".", ",", "?", "!", ";", ":", " - ", " – ", "(", ")", "\"", "„", "“", "'", "\n", "\n\n", "...", "/"];

    /// <summary>Every word and word pair of the language's lists and absolutes, prefix entries with some endings,
    /// suffix entries behind a stem, and the words of its phrases.</summary>
    private static string[] Vocabulary(string language) => Words(language, key =>
        key.StartsWith("Words.", StringComparison.Ordinal) || key.StartsWith("Absolute.", StringComparison.Ordinal) || key.StartsWith("Phrases.", StringComparison.Ordinal));

    /// <summary>The words that make a clause about the reader ("you", "your", "jste", "Vy"), so that most samples
    /// give the clause analysis something to decide.</summary>
    private static string[] Subjects(string language) => Words(language, key =>
        key is "Words.Subject" or "Words.PossessiveSubject" or "Words.SecondPerson" or "Words.BeSecondPerson");

    private static string[] Words(string language, Func<string, bool> lists)
    {
        var resources = new ResourceManager("OutlookExit.Resources.Tone", typeof(ToneChecker).Assembly);
        var culture = language == "cs" ? CultureInfo.GetCultureInfo("cs") : CultureInfo.InvariantCulture;
        var set = resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!;
        var words = new SortedSet<string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in set)
        {
            if (entry.Key is not string key || entry.Value is not string value || !lists(key)) continue;
            if (key.StartsWith("Words.", StringComparison.Ordinal) || key.StartsWith("Absolute.", StringComparison.Ordinal))
                foreach (var raw in value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) AddEntry(words, raw);
            else if (key.StartsWith("Phrases.", StringComparison.Ordinal))
                foreach (var line in value.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')))
                    foreach (var part in line.Split([' ', '(', ')', '|'], StringSplitOptions.RemoveEmptyEntries)) AddEntry(words, part);
        }
        return [.. words];
    }

    private static void AddEntry(SortedSet<string> words, string raw)
    {
        if (raw.Length > 1 && raw[^1] == '*')
        {
            var stem = raw[..^1];
            foreach (var ending in new[] { "", "l", "la", "li", "te", "ete", "íte", "ing", "ed", "s" }) words.Add(stem + ending);
            words.Add("ne" + stem + "l");
            words.Add("ne" + stem + "te");
        }
        else if (raw.Length > 1 && raw[0] == '*')
        {
            foreach (var stem in new[] { "do", "could", "x" }) words.Add(stem + raw[1..]);
        }
        else words.Add(raw.Replace('+', ' '));
    }

    private static Gen<string> Texts(string[] vocabulary, string[] subjects)
    {
        var known = Gen.Int[0, vocabulary.Length - 1].Select(i => vocabulary[i]);
        var subject = Gen.Int[0, subjects.Length - 1].Select(i => subjects[i]);
        var capitalised = known.Select(w => w.Length > 0 ? char.ToUpperInvariant(w[0]) + w[1..] : w);
        var random = Gen.Char["abcdefghijklmnopqrstuvwxyzáčďéěíňóřšťúůýž"].Array[1, 9].Select(c => new string(c));
        var punctuation = Gen.Int[0, Punctuation.Length - 1].Select(i => Punctuation[i]);
        return Gen.Frequency((8, known), (2, capitalised), (2, subject), (3, random), (3, punctuation)).Array[1, 80]
            .Select(parts => string.Join(' ', parts));
    }

    private static string Describe(IReadOnlyList<OutlookExit.Core.Contracts.Finding> findings) =>
        string.Join("; ", findings.Select(f => $"{f.RuleId}@{f.Start}+{f.Length} '{f.Excerpt}'"));

    [Theory]
    [InlineData("en")]
    [InlineData("cs")]
    public void IndexedLookupsFindExactlyWhatPlainLookupsFind(string language)
    {
        var vocabulary = Vocabulary(language);
        Assert.True(vocabulary.Length > 200, $"only {vocabulary.Length} words for {language}");
        long withFindings = 0;
        var subjects = Subjects(language);
        Assert.NotEmpty(subjects);
        Texts(vocabulary, subjects).Sample(text =>
        {
            var plain = ToneChecker.Check(text, language, "personalNote", findSecrets: true, plainLookups: true);
            var indexed = ToneChecker.Check(text, language, "personalNote", findSecrets: true, plainLookups: false);
            Assert.True(plain.SequenceEqual(indexed), $"plain: {Describe(plain)}\nindexed: {Describe(indexed)}");
            if (plain.Any(f => f.Category != "secret")) Interlocked.Increment(ref withFindings);
        }, iter: Samples, print: t => $"{language}: {t}");
        // Texts without findings agree trivially: most samples must give the clause and phrase rules work.
        Assert.True(withFindings > Samples / 2, $"only {withFindings} of {Samples} {language} texts had findings");
    }

    [Fact]
    public void PlainLookupsAreReallyAnotherPath()
    {
        // The reference must not share the index: a scanned text in plain mode answers without it.
        using var plain = ScannedText.Scan("you always", plainLookups: true);
        using var indexed = ScannedText.Scan("you always");
        Assert.True(plain.PlainLookups);
        Assert.False(indexed.PlainLookups);
        var profile = LanguageProfile.For("en");
        Assert.True(plain.MayMatchAny(profile.Index, 0, 0));
        Assert.False(indexed.MayMatchAny(profile.Index, 0, 0));
    }
}
