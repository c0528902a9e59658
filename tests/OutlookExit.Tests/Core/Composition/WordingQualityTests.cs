using OutlookExit.Core.Composition;
using OutlookExit.Core.Contracts;
using OutlookExit.Core.Letters;
using OutlookExit.Core.Rendering;
using OutlookExit.Core.Review.Tone;

namespace OutlookExit.Tests.Core.Composition;

/// <summary>The content guide's rules, checked on every letter the product can write.</summary>
public class WordingQualityTests
{
    public static TheoryData<string> Combinations() => [.. LetterMatrix.Everything().Select(c => c.Name)];

    /// <summary>The English letters: the readability formula is for English.</summary>
    public static TheoryData<string> EnglishCombinations() => [.. English()];

    /// <summary>The neutral letters, each compared with its warm and formal versions.</summary>
    public static TheoryData<string> NeutralCombinations() => [.. Neutral()];

    private static IEnumerable<string> English() => LetterMatrix.Everything().Where(c => c.Request.Language == "en").Select(c => c.Name);

    private static IEnumerable<string> Neutral() => LetterMatrix.Everything().Where(c => c.Request.Tone == LetterTone.Neutral).Select(c => c.Name);

    [Fact]
    public void TheFilteredRowsAreTheLettersTheyNameAndNoneIsLeftOut()
    {
        var all = LetterMatrix.Everything().Count();
        Assert.Equal(all / Languages.Supported.Count, English().Count());
        Assert.Equal(all / Enum.GetValues<LetterTone>().Length, Neutral().Count());
    }

    private static DraftRequest Find(string name) => LetterMatrix.Everything().Single(c => c.Name == name).Request;

    /// <summary>The letter in each of its wordings: wording number 0 … MaxVariants − 1 forced into every slot.</summary>
    private static IEnumerable<(int Variant, LetterPlan Plan, Letter Letter)> Wordings(DraftRequest request)
    {
        for (var v = 0; v < LetterMatrix.MaxVariants; v++)
        {
            var (plan, letter) = LetterMatrix.Compose(request, v);
            yield return (v, plan, letter);
        }
    }

    [Fact]
    public void EveryWordingOfEverySlotIsExercised()
    {
        // The quality tests force each wording number into every slot; together the letters they read must use every
        // sentence wording in the resources, so no reviewed wording escapes them.
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, request) in LetterMatrix.Everything())
            for (var v = 0; v < LetterMatrix.MaxVariants; v++)
                LetterMatrix.Compose(request, v, used);
        Assert.True(LetterMatrix.MaxVariants >= 5, $"most wordings of a slot: {LetterMatrix.MaxVariants}");
        foreach (var language in Languages.Supported)
        {
            var w = Wording.For(language);
            var slots = w.Keys.Where(k => w.IsOwn(k) && IsSentenceSlot(k)).Order().ToList();
            var missing = slots.Where(k => !used.Contains(k)).ToList();
            Assert.True(missing.Count == 0, $"{language}: wordings no test letter uses: {string.Join(", ", missing)}");
        }
    }

    [Fact]
    public void EverySentenceSlotHasAtLeastThreeWordingsAndTheCommonOnesFive()
    {
        string[] common = ["Termination.Appreciation", "Termination.Decision", "Termination.Notice", "Reason.General", "Handover.Sentence",
            "Handover.Credentials", "Termination.Questions", "Termination.Closing", "References", "Invoices.Intro", "Invoices.Pay",
            "ThankYou.Thanks", "ThankYou.Learned", "ThankYou.Contact", "ThankYou.DoorOpen", "ThankYou.Wishes",
            "Conversation.Ask", "Conversation.Listen", "Conversation.Time", "Conversation.Closing"];
        foreach (var language in Languages.Supported)
        {
            var w = Wording.For(language);
            var bases = w.Keys.Where(k => w.IsOwn(k) && IsSentenceSlot(k) && !k.Contains(Wording.VariantMark)).Order().ToList();
            Assert.True(bases.Count > 60, $"{language}: {bases.Count} slots");
            foreach (var key in bases)
            {
                var count = 1;
                while (w.Find($"{key}{Wording.VariantMark}{count + 1}") is not null) count++;
                var isCommon = common.Any(c => key == c || key.StartsWith(c + ".", StringComparison.Ordinal));
                Assert.True(count >= (isCommon ? 5 : 3), $"{language} {key}: {count} wordings");
            }
        }
    }

    private static readonly string[] NotSentences =
        ["Greeting.", "SignOff", "Subject.", "Option.", "Finding.", "HoldFirm.Subject", "Format.", "List.", "Count.", "Number.", "Plural.", "Culture", "Language.Name",
         "Handover.files", "Handover.documentation", "Handover.accounts", "Deliverables.Item", "Invoices.Item", "Referrals.Item"];

    /// <summary>A key of a sentence the letters say (not a setting, greeting, sign-off, subject, list item or phrase, option or finding).</summary>
    private static bool IsSentenceSlot(string key) => !NotSentences.Any(p => key.StartsWith(p, StringComparison.Ordinal));

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
        var problems = new List<string>();
        foreach (var (v, plan, letter) in Wordings(Find(name)))
        {
            var findings = ToneChecker.Check(TextRenderer.Render(letter), plan.Language);
            problems.AddRange(findings.Select(f => $"#{v} {f.RuleId} '{f.Excerpt}'"));
        }
        Assert.True(problems.Count == 0, $"{name}: " + string.Join("; ", problems));
    }

    [Theory]
    [MemberData(nameof(Combinations))]
    public void SentencesAndParagraphsStayShort(string name)
    {
        var problems = new List<string>();
        foreach (var (v, _, letter) in Wordings(Find(name)))
        {
            var all = new List<string>();
            foreach (var paragraph in LetterMatrix.Paragraphs(letter))
            {
                var sentences = LetterMatrix.Sentences(paragraph);
                if (sentences.Count > 3) problems.Add($"#{v} paragraph of {sentences.Count} sentences: {paragraph}");
                all.AddRange(sentences);
            }
            problems.AddRange(all.Where(s => LetterMatrix.Words(s) > 25).Select(s => $"#{v} {LetterMatrix.Words(s)} words: {s}"));
            var average = all.Average(LetterMatrix.Words);
            if (average > 16) problems.Add($"#{v} average sentence length {average:F1} words");
        }
        Assert.True(problems.Count == 0, $"{name}: " + string.Join(" | ", problems));
    }

    [Theory]
    [MemberData(nameof(Combinations))]
    public void LengthIsWithinTheContentGuidesBand(string name)
    {
        var problems = new List<string>();
        foreach (var (v, plan, letter) in Wordings(Find(name)))
        {
            var prose = LetterMatrix.Paragraphs(letter).Sum(LetterMatrix.Words);
            var full = name.EndsWith("/full", StringComparison.Ordinal);
            var (min, max) = plan.Kind switch
            {
                // A termination without any plan items has little to say; the band applies to a real plan.
                DraftKind.Termination => full ? (120, 200) : (40, 200),
                DraftKind.ThankYou => (50, 125),
                DraftKind.HoldFirm => (50, 150),
                _ => (40, 100),
            };
            if (prose < min || prose > max) problems.Add($"#{v} {prose} words of prose, expected {min}–{max}");
            var subjectWords = LetterMatrix.Words(letter.Subject);
            Assert.InRange(subjectWords, 3, 8);
            Assert.DoesNotContain('\n', letter.Subject);
            Assert.True(letter.Subject.Length <= 80);
        }
        Assert.True(problems.Count == 0, $"{name}: " + string.Join(" | ", problems));
    }

    [Theory]
    [MemberData(nameof(EnglishCombinations))]
    public void EnglishLettersReadEasily(string name)
    {
        var problems = new List<string>();
        foreach (var (v, _, letter) in Wordings(Find(name)))
        {
            var sentences = LetterMatrix.Paragraphs(letter).SelectMany(LetterMatrix.Sentences).ToList();
            var words = sentences.SelectMany(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => w.Any(char.IsLetter)).ToList();
            var syllables = words.Sum(Syllables);
            var flesch = 206.835 - 1.015 * words.Count / sentences.Count - 84.6 * syllables / words.Count;
            if (flesch < 60) problems.Add($"#{v} Flesch reading ease {flesch:F1}");
        }
        Assert.True(problems.Count == 0, $"{name}: " + string.Join(" | ", problems));
    }

    [Theory]
    [MemberData(nameof(NeutralCombinations))]
    public void TheFactsDoNotChangeWithTone(string name)
    {
        var request = Find(name);
        for (var v = 0; v < LetterMatrix.MaxVariants; v++)
        {
            var neutral = TextRenderer.Render(LetterMatrix.Compose(request, v).Letter);
            var others = new[] { LetterTone.Warm, LetterTone.Formal }.Select(t => TextRenderer.Render(LetterMatrix.Compose(request with { Tone = t }).Letter))
                .Append(TextRenderer.Render(LetterMatrix.Compose(request, v + 1).Letter));
            foreach (var other in others)
                foreach (var fact in new[] { "Homepage", "Logo", "2026-041", "Sam Park", "Trello", "1,200.00", "1\u00a0200,00", "11 December 2026", "11. prosince 2026", "14 days", "14 dní" })
                    Assert.True(neutral.Contains(fact, StringComparison.Ordinal) == other.Contains(fact, StringComparison.Ordinal), $"{name} #{v}: '{fact}'");
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
