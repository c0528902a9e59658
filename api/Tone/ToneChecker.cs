using OutlookExit.Contracts;

namespace OutlookExit.Tone;

/// <summary>Finds blaming, absolute, passive-aggressive, negative, break-up, waffling, over-apologising and secret-looking words in the user's own text.</summary>
/// <remarks>Three passes over one tokenisation of the text: phrase rules from the language's resources, a
/// clause-level analysis that looks at who the subject is and what the predicate says about them (so praise,
/// first-person statements and negated blame are left alone), and the <see cref="SecretDetector"/>.
/// Every pass is linear in the length of the text.</remarks>
public static class ToneChecker
{
    /// <summary>Most findings returned for one text; a text with more has bigger problems than underlines can show.</summary>
    internal const int MaxFindings = 200;

    /// <summary>What a secret finding shows instead of the secret.</summary>
    internal const string SecretExcerpt = "•••";

    /// <summary>Checks <paramref name="text"/> in <paramref name="language"/> (a normalised code such as `en` or `cs`).
    /// Offsets are UTF-16 positions in <paramref name="text"/>; <paramref name="field"/> is copied into each finding.</summary>
    public static IReadOnlyList<Finding> Check(string text, string language, string? field = null)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var profile = LanguageProfile.For(language);
        var candidates = new List<Candidate>();
        using (var scanned = ScannedText.Scan(text))
        {
            PhraseRules.Find(scanned, profile, candidates);
            if (profile.Code == "cs") CzechClauses.Find(scanned, profile, candidates);
            else EnglishClauses.Find(scanned, profile, candidates);
        }
        foreach (var secret in SecretDetector.FindAll(text))
        {
            var id = secret.Kind switch
            {
                SecretDetector.SecretKind.PrivateKey => "secret.privateKey",
                SecretDetector.SecretKind.Password => "secret.password",
                _ => "secret.token",
            };
            candidates.Add(new Candidate(secret.Start, secret.End, profile.Rule(id)));
        }
        return candidates.Count == 0 ? [] : Resolve(text, field, profile, candidates);
    }

    /// <summary>Keeps one finding where findings of the same category overlap (the more severe, then the longer),
    /// sorts by position and attaches the localised wording.</summary>
    private static Finding[] Resolve(string text, string? field, LanguageProfile profile, List<Candidate> candidates)
    {
        candidates.Sort(static (a, b) =>
        {
            var c = string.CompareOrdinal(a.Rule.Category, b.Rule.Category);
            if (c != 0) return c;
            c = a.Start.CompareTo(b.Start);
            return c != 0 ? c : b.End.CompareTo(a.End);
        });
        var kept = new List<Candidate>(candidates.Count);
        foreach (var candidate in candidates)
        {
            if (kept.Count > 0 && kept[^1].Rule.Category == candidate.Rule.Category && candidate.Start < kept[^1].End)
            {
                if (IsBetter(candidate, kept[^1])) kept[^1] = candidate;
                continue;
            }
            kept.Add(candidate);
        }
        kept.Sort(static (a, b) =>
        {
            var c = a.Start.CompareTo(b.Start);
            if (c != 0) return c;
            c = b.End.CompareTo(a.End);
            return c != 0 ? c : string.CompareOrdinal(a.Rule.Category, b.Rule.Category);
        });
        var count = Math.Min(kept.Count, MaxFindings);
        var findings = new Finding[count];
        for (var i = 0; i < count; i++)
        {
            var k = kept[i];
            var (message, suggestion) = profile.Wording(k.Rule);
            var excerpt = k.Rule.Category == "secret" ? SecretExcerpt : text.Substring(k.Start, k.End - k.Start);
            findings[i] = new Finding(k.Rule.Id, k.Rule.Category, k.Rule.Severity, field, k.Start, k.End - k.Start, excerpt, message, suggestion);
        }
        return findings;
    }

    private static bool IsBetter(Candidate a, Candidate b) =>
        a.Rule.Severity != b.Rule.Severity ? a.Rule.Severity < b.Rule.Severity : a.End - a.Start > b.End - b.Start;
}

/// <summary>A finding before wording: [Start, End) in UTF-16 units.</summary>
internal readonly record struct Candidate(int Start, int End, ToneRule Rule);

/// <summary>Phrases listed per rule in the resources, with a guard against negated blame and negativity
/// ("it is not your fault", "I was never disappointed").</summary>
internal static class PhraseRules
{
    private const int NegationWindow = 4;

    public static void Find(ScannedText t, LanguageProfile p, List<Candidate> output)
    {
        var negations = p.Words("Negation");
        var positive = p.Words("PosWords");
        for (var i = 0; i < t.Count; i++)
        {
            if (p.Phrases.LongestAt(t, i) is not { } match) continue;
            var rule = match.Rule;
            if (rule.Category is "blame" or "negativity" or "breakup" && NegatedBefore(t, i, negations)) continue;
            // "Because of you, the launch was a success" is thanks, not blame.
            if (rule.Id == "blame.becauseOfYou" && SentenceHas(t, i, positive)) continue;
            output.Add(new Candidate(t.Tokens[i].Start, t.Tokens[match.Last].End, rule));
        }
    }

    internal static bool NegatedBefore(ScannedText t, int i, WordSet negations)
    {
        for (var j = i - 1; j >= 0 && j >= i - NegationWindow && t.SameClause(j, i); j--)
            if (negations.Has(t, j)) return true;
        return false;
    }

    /// <summary>Whether the sentence of token <paramref name="i"/> has one of <paramref name="words"/> (bounded window).</summary>
    internal static bool SentenceHas(ScannedText t, int i, WordSet words)
    {
        for (var j = i; j >= 0 && j >= i - 12 && t.SameSentence(j, i); j--)
            if (words.Match(t, j) > 0) return true;
        for (var j = i + 1; j < t.Count && j <= i + 12 && t.SameSentence(j, i); j++)
            if (words.Match(t, j) > 0) return true;
        return false;
    }
}
