using OutlookExit.Core.Contracts;
using OutlookExit.Core.Review.Secrets;

namespace OutlookExit.Core.Review.Tone;

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
    /// Offsets are UTF-16 positions in <paramref name="text"/>; <paramref name="field"/> is copied into each finding.
    /// <paramref name="findSecrets"/> false skips the secret pass, for text that has already passed the secret
    /// check (the draft pipeline refuses a secret before its review starts).</summary>
    public static IReadOnlyList<Finding> Check(string text, string language, string? field = null, bool findSecrets = true) =>
        Check(text, language, field, findSecrets, plainLookups: false);

    /// <summary><see cref="Check(string, string, string?, bool)"/>, optionally with <see cref="ScannedText.PlainLookups"/>:
    /// the reference the indexed word-list lookups are tested against.</summary>
    internal static IReadOnlyList<Finding> Check(string text, string language, string? field, bool findSecrets, bool plainLookups)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var profile = LanguageProfile.For(language);
        var candidates = new List<Candidate>();
        var secrets = findSecrets ? SecretDetector.FindAll(text) : [];
        using (var scanned = ScannedText.Scan(text, plainLookups))
        {
            PhraseRules.Find(scanned, profile, candidates);
            profile.Combos.Find(scanned, profile, candidates);
            if (profile.Code == "cs") CzechClauses.Find(scanned, profile, candidates);
            else EnglishClauses.Find(scanned, profile, candidates);
            DropMentions(scanned, profile, candidates);
            Model.ToneModel.AddFindings(scanned, profile, candidates, secrets);
        }
        foreach (var secret in secrets)
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

    /// <summary>Drops findings that start at a word quoted right after a noun for words ("the word 'unacceptable'",
    /// "slovo „nepřijatelné“"): the text names the word, it does not use it. Only the text before the finding
    /// decides, so appending cannot change the answer.</summary>
    private static void DropMentions(ScannedText t, LanguageProfile p, List<Candidate> candidates)
    {
        if (candidates.Count == 0) return;
        var nouns = p.Words("MentionNouns");
        var text = t.Text;
        candidates.RemoveAll(c =>
        {
            if (c.Start == 0 || !IsOpeningQuote(text[c.Start - 1])) return false;
            var token = TokenEndingBefore(t, c.Start - 1);
            return token >= 0 && nouns.Has(t, token);
        });
    }

    private static bool IsOpeningQuote(char c) => c is '\'' or '"' or '\u2018' or '\u201C' or '\u201E' or '\u201A' or '\u00AB' or '\u00BB';

    /// <summary>The token whose end is followed only by white space up to <paramref name="at"/>, or -1.</summary>
    private static int TokenEndingBefore(ScannedText t, int at)
    {
        int lo = 0, hi = t.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            if (t.Tokens[mid].End <= at) { found = mid; lo = mid + 1; } else hi = mid - 1;
        }
        if (found < 0) return -1;
        for (var k = t.Tokens[found].End; k < at; k++)
            if (!char.IsWhiteSpace(t.Text[k])) return -1;
        return found;
    }

    /// <summary>Keeps one finding where findings of the same category overlap (the more severe, then the longer),
    /// sorts by position and attaches the localised wording.</summary>
    private static bool OverlapsSecret(List<Candidate> kept, Candidate k)
    {
        foreach (var other in kept)
            if (other.Rule.Category == "secret" && other.Start < k.End && k.Start < other.End) return true;
        return false;
    }

    /// <summary>The excerpt of <paramref name="k"/> with every part that a secret finding covers replaced by the
    /// secret mask, so that no finding ever shows a secret, whichever rule found the words around it.</summary>
    private static string MaskSecrets(string text, List<Candidate> kept, Candidate k)
    {
        var excerpt = new System.Text.StringBuilder(k.End - k.Start);
        var at = k.Start;
        while (at < k.End)
        {
            var secretEnd = -1;
            foreach (var other in kept)
                if (other.Rule.Category == "secret" && other.Start <= at && at < other.End) secretEnd = Math.Max(secretEnd, other.End);
            if (secretEnd > at)
            {
                excerpt.Append(SecretExcerpt);
                at = Math.Min(secretEnd, k.End);
                continue;
            }
            excerpt.Append(text[at]);
            at++;
        }
        return excerpt.ToString();
    }

    private static Finding[] Resolve(string text, string? field, LanguageProfile profile, List<Candidate> candidates)
    {
        candidates.Sort(static (a, b) =>
        {
            var c = a.Rule.CategoryRank.CompareTo(b.Rule.CategoryRank);
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
            return c != 0 ? c : a.Rule.CategoryRank.CompareTo(b.Rule.CategoryRank);
        });
        var count = Math.Min(kept.Count, MaxFindings);
        var findings = new Finding[count];
        for (var i = 0; i < count; i++)
        {
            var k = kept[i];
            var (message, suggestion) = profile.Wording(k.Rule);
            var isSecret = k.Rule.Category == "secret";
            var overlapsSecret = !isSecret && OverlapsSecret(kept, k);
            var excerpt = isSecret ? SecretExcerpt
                : overlapsSecret ? MaskSecrets(text, kept, k)
                : text.Substring(k.Start, k.End - k.Start);
            findings[i] = new Finding(k.Rule.Id, k.Rule.Category, k.Rule.Severity, field, k.Start, k.End - k.Start, excerpt, message, suggestion)
            {
                // A rewrite of text that holds a secret would repeat the secret.
                Replacement = isSecret || overlapsSecret ? null : profile.Replacement(k.Rule, excerpt),
            };
        }
        return findings;
    }

    /// <summary>The more severe; then a phrase or clause finding over a combination of cues (its excerpt is the
    /// words that matter, "nightmare" rather than "was a nightmare"); then the longer.</summary>
    private static bool IsBetter(Candidate a, Candidate b) =>
        a.Rule.Severity != b.Rule.Severity ? a.Rule.Severity < b.Rule.Severity
        : a.Combo != b.Combo ? !a.Combo
        : a.End - a.Start > b.End - b.Start;
}

/// <summary>A finding before wording: [Start, End) in UTF-16 units; <paramref name="Combo"/> when it comes from
/// <see cref="ComboRules"/>.</summary>
internal readonly record struct Candidate(int Start, int End, ToneRule Rule, bool Combo = false);
