
namespace OutlookExit.Core.Review.Tone;

/// <summary>Phrases listed per rule in the resources, with a guard against negated blame and negativity
/// ("it is not your fault", "I was never disappointed").</summary>
internal static class PhraseRules
{
    private const int NegationWindow = 4;

    public static void Find(ScannedText t, LanguageProfile p, List<Candidate> output)
    {
        var negations = p.Words("Negation");
        var positive = p.Words("PosWords");
        // Only words that can start a phrase are walked from (one bit of the shared cue masks); plain lookups walk
        // from every word, so the equivalence tests check the filter against the full walk.
        var filter = !t.PlainLookups && !p.PhraseStart.IsEmpty;
        var masks = filter ? t.CueMasks(p.Cues) : null;
        var start = p.PhraseStart;
        for (var i = 0; i < t.Count; i++)
        {
            if (filter && (masks![i] & start).IsEmpty) continue;
            var found = p.Phrases.LongestAt(t, i, out var open);
            // An exception phrase covers its words: "natural disaster" leaves "disaster" alone, as "disaster recovery"
            // does. One the end of the text leaves open covers the rest of the text until it is closed or goes on.
            if (open) t.MarkIgnored(i, t.Count - 1);
            if (found is not { } match) continue;
            var rule = match.Rule;
            if (rule == ToneRule.Ignore) { t.MarkIgnored(i, match.Last); continue; }
            // "disaster" at the very end of the text may still become "disaster recovery": wait for the next word or stop.
            if (open || t.Ignored(i)) continue;
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

    /// <summary>Whether the sentence of token <paramref name="i"/> has one of <paramref name="words"/> at or before it
    /// (bounded window): what comes later can never change the answer.</summary>
    internal static bool SentenceBeforeHas(ScannedText t, int i, WordSet words)
    {
        var group = words.Alone;
        for (var j = i; j >= 0 && j >= i - 12 && t.SameSentence(j, i); j--)
            if (group.MayContain(t, j) && words.Match(t, j) > 0) return true;
        return false;
    }

    /// <summary>Whether the sentence of token <paramref name="i"/> has one of <paramref name="words"/> (bounded window).</summary>
    internal static bool SentenceHas(ScannedText t, int i, WordSet words)
    {
        var group = words.Alone;
        for (var j = i; j >= 0 && j >= i - 12 && t.SameSentence(j, i); j--)
            if (group.MayContain(t, j) && words.Match(t, j) > 0) return true;
        for (var j = i + 1; j < t.Count && j <= i + 12 && t.SameSentence(j, i); j++)
            if (group.MayContain(t, j) && words.Match(t, j) > 0) return true;
        return false;
    }
}
