using OutlookExit.Core.Composition;
using OutlookExit.Core.Contracts;
using OutlookExit.Core.Rendering;
using OutlookExit.Core.Review.Tone;

namespace OutlookExit.Tests.Core.Composition;

/// <summary>The content guide's rules, checked on every letter the product can write.</summary>
public class WordingQualityTests
{
    public static TheoryData<string> Combinations() => [.. LetterMatrix.All().Select(c => c.Name)];

    private static DraftRequest Find(string name) => LetterMatrix.All().Single(c => c.Name == name).Request;

    [Fact]
    public void EveryCombinationIsCovered()
    {
        // 2 languages × (termination 3 tones × 6 reasons × 2 disclose × 2 plans + 2 other kinds × 3 tones × 2 plans)
        Assert.Equal(Languages.Supported.Count * (3 * 6 * 2 * 2 + 2 * 3 * 2), LetterMatrix.All().Count());
    }

    [Theory]
    [MemberData(nameof(Combinations))]
    public void TheProductsOwnWordingPassesItsOwnToneCheck(string name)
    {
        var request = Find(name);
        var (plan, letter) = LetterMatrix.Compose(request);
        var text = TextRenderer.Render(letter);
        var findings = ToneChecker.Check(text, plan.Language);
        Assert.True(findings.Count == 0, $"{name}: " + string.Join("; ", findings.Select(f => $"{f.RuleId} '{f.Excerpt}'")));
    }

    [Theory]
    [MemberData(nameof(Combinations))]
    public void SentencesAndParagraphsStayShort(string name)
    {
        var (_, letter) = LetterMatrix.Compose(Find(name));
        var all = new List<string>();
        foreach (var paragraph in LetterMatrix.Paragraphs(letter))
        {
            var sentences = LetterMatrix.Sentences(paragraph);
            Assert.True(sentences.Count <= 3, $"{name}: paragraph of {sentences.Count} sentences: {paragraph}");
            all.AddRange(sentences);
        }
        Assert.All(all, s => Assert.True(LetterMatrix.Words(s) <= 25, $"{name}: {LetterMatrix.Words(s)} words: {s}"));
        var average = all.Average(LetterMatrix.Words);
        Assert.True(average <= 16, $"{name}: average sentence length {average:F1} words");
    }

    [Theory]
    [MemberData(nameof(Combinations))]
    public void LengthIsWithinTheContentGuidesBand(string name)
    {
        var request = Find(name);
        var (plan, letter) = LetterMatrix.Compose(request);
        var prose = LetterMatrix.Paragraphs(letter).Sum(LetterMatrix.Words);
        var full = name.EndsWith("/full", StringComparison.Ordinal);
        var (min, max) = plan.Kind switch
        {
            // A termination without any plan items has little to say; the band applies to a real plan.
            DraftKind.Termination => full ? (120, 200) : (40, 200),
            DraftKind.ThankYou => (50, 125),
            _ => (40, 100),
        };
        Assert.True(prose >= min && prose <= max, $"{name}: {prose} words of prose, expected {min}–{max}");
        var subjectWords = LetterMatrix.Words(letter.Subject);
        Assert.InRange(subjectWords, 3, 8);
        Assert.DoesNotContain('\n', letter.Subject);
        Assert.True(letter.Subject.Length <= 80);
    }

    [Theory]
    [MemberData(nameof(Combinations))]
    public void EnglishLettersReadEasily(string name)
    {
        if (!name.StartsWith("en/", StringComparison.Ordinal)) return;
        var (_, letter) = LetterMatrix.Compose(Find(name));
        var sentences = LetterMatrix.Paragraphs(letter).SelectMany(LetterMatrix.Sentences).ToList();
        var words = sentences.SelectMany(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => w.Any(char.IsLetter)).ToList();
        var syllables = words.Sum(Syllables);
        var flesch = 206.835 - 1.015 * words.Count / sentences.Count - 84.6 * syllables / words.Count;
        Assert.True(flesch >= 60, $"{name}: Flesch reading ease {flesch:F1}");
    }

    [Theory]
    [MemberData(nameof(Combinations))]
    public void TheFactsDoNotChangeWithTone(string name)
    {
        if (!name.Contains("/neutral/", StringComparison.Ordinal)) return;
        var request = Find(name);
        var neutral = TextRenderer.Render(LetterMatrix.Compose(request).Letter);
        foreach (var tone in new[] { LetterTone.Warm, LetterTone.Formal })
        {
            var other = TextRenderer.Render(LetterMatrix.Compose(request with { Tone = tone }).Letter);
            foreach (var fact in new[] { "Homepage", "Logo", "2026-041", "Sam Park", "Trello", "1,200.00", "1\u00a0200,00", "11 December 2026", "11. prosince 2026" })
                Assert.Equal(neutral.Contains(fact, StringComparison.Ordinal), other.Contains(fact, StringComparison.Ordinal));
        }
    }

    /// <summary>A common English syllable estimate: vowel groups, minus a silent final e, at least one.</summary>
    private static int Syllables(string word)
    {
        var w = new string(word.ToLowerInvariant().Where(char.IsLetter).ToArray());
        if (w.Length == 0) return 0;
        var count = 0;
        var previousVowel = false;
        foreach (var c in w)
        {
            var vowel = "aeiouy".Contains(c);
            if (vowel && !previousVowel) count++;
            previousVowel = vowel;
        }
        if (w.EndsWith('e') && !w.EndsWith("le", StringComparison.Ordinal) && count > 1) count--;
        return Math.Max(1, count);
    }
}
