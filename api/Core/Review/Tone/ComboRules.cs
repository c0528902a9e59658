using System.Buffers;
using System.Numerics;
using System.Runtime.Intrinsics;

namespace OutlookExit.Core.Review.Tone;

/// <summary>Rules that combine cue sets within a sentence: <c>Combo.ruleId</c> in the resources, one rule per line.
/// <code>
/// Thanks Harsh                 sarcasm: thanks, then a harsh word within 5 tokens ("thanks for nothing")
/// ^ClientThing Late|Harsh:8    complaint: "payments were always late" (^: not after a negation)
/// Or|Unless Legal !Agreed      threat: "… or this goes to my lawyer", unless "as agreed" came before
/// </code>
/// Each element names one or more cue sets (<c>A|B</c>); an element after the first must come within its gap
/// (<c>:N</c>, default 5) tokens of the one before, in the same sentence. <c>^</c> before an element skips a
/// word with a negation cue in the three tokens before it in the same clause ("payments were never late"); a trailing <c>!G|H</c> drops it
/// when a cue of G or H stands anywhere from the sentence start to the end of the match. Nothing after the match
/// is consulted except an exception phrase starting at the last matched word (<c>Phrases.ignore</c>: "stay in
/// touch") within the clause; a match that ends the text where such a phrase could still follow waits for the clause to
/// close, so text appended after a finding can add findings and never removes one. Work per token is
/// bounded by the rules that start with one of its cue sets times their gaps: linear in the text.</summary>
internal sealed class ComboRules
{
    private const int DefaultGap = 5;
    private const int NegationWindow = 3;

    private sealed record Combo(ToneRule Rule, CueMask[] Elements, int[] Gaps, bool[] NotNegated, CueMask Guard)
    {
        /// <summary>Position in <see cref="_all"/>: the slot of this combo in the per-check stamps.</summary>
        public int Index { get; set; }
    }

    private readonly Combo[] _all;

    private readonly Combo[][] _byFirstBit = new Combo[CueLexicon.MaxSets][];
    private readonly CueLexicon _cues;
    private readonly CueMask _negation;
    private readonly CueMask _firstBits;

    public ComboRules(CueLexicon cues, IEnumerable<(ToneRule Rule, string Line)> lines)
    {
        _cues = cues;
        _negation = cues.Bit("Negation");
        var byBit = new List<Combo>[CueLexicon.MaxSets];
        var all = new List<Combo>();
        foreach (var (rule, line) in lines)
        {
            var combo = Parse(rule, line);
            combo.Index = all.Count;
            all.Add(combo);
            var first = combo.Elements[0];
            _firstBits |= first;
            for (var bit = first.Lowest(); bit >= 0; first = first.Without(bit), bit = first.Lowest())
                (byBit[bit] ??= []).Add(combo);
        }
        for (var i = 0; i < byBit.Length; i++) _byFirstBit[i] = byBit[i]?.ToArray() ?? [];
        _all = [.. all];
    }

    private Combo Parse(ToneRule rule, string line)
    {
        var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var notNegated = new List<bool>();
        var guard = CueMask.None;
        var elements = new List<CueMask>();
        var gaps = new List<int>();
        foreach (var raw in parts)
        {
            var part = raw;
            var negGuard = part.StartsWith('^');
            if (negGuard) part = part[1..];
            if (part.StartsWith('!')) { guard |= Sets(part[1..], rule, line); continue; }
            var gap = DefaultGap;
            var colon = part.IndexOf(':');
            if (colon > 0)
            {
                gap = int.Parse(part[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture);
                part = part[..colon];
            }
            elements.Add(Sets(part, rule, line));
            gaps.Add(gap);
            notNegated.Add(negGuard);
        }
        if (elements.Count == 0) throw new InvalidOperationException($"Tone combo for '{rule.Id}' has no elements: '{line}'.");
        return new Combo(rule, [.. elements], [.. gaps], [.. notNegated], guard);
    }

    private CueMask Sets(string names, ToneRule rule, string line)
    {
        var bits = CueMask.None;
        foreach (var name in names.Split('|'))
        {
            if (!_cues.Has(name)) throw new InvalidOperationException($"Tone combo for '{rule.Id}' names an unknown cue set '{name}': '{line}'.");
            bits |= _cues.Bit(name);
        }
        return bits;
    }

    public void Find(ScannedText t, LanguageProfile p, List<Candidate> output)
    {
        if (t.Count == 0 || _firstBits.IsEmpty) return;
        var masks = t.CueMasks(_cues);
        var seen = ArrayPool<CueMask>.Shared.Rent(t.Count);
        var whole = ArrayPool<CueMask>.Shared.Rent(t.Count);
        // Per combo: the last token it was tried at (a combo listed under several first bits is tried once per
        // token), and the sentence whose cue sets it was last checked against, with the answer.
        var triedAt = ArrayPool<int>.Shared.Rent(_all.Length);
        var checkedFor = ArrayPool<int>.Shared.Rent(_all.Length);
        var viable = ArrayPool<bool>.Shared.Rent(_all.Length);
        Array.Fill(triedAt, -1, 0, _all.Length);
        Array.Fill(checkedFor, -1, 0, _all.Length);
        Span<ulong> words = stackalloc ulong[8];
        try
        {
            var sinceStart = CueMask.None;
            for (var i = 0; i < t.Count; i++)
            {
                if (i == 0 || !t.SameSentence(i - 1, i)) sinceStart = CueMask.None;
                sinceStart |= masks[i];
                seen[i] = sinceStart;
            }
            // Every cue set of the whole sentence: a combo whose later elements are not all there is not tried.
            for (var i = t.Count - 1; i >= 0; i--)
                whole[i] = i + 1 < t.Count && t.SameSentence(i, i + 1) ? whole[i + 1] : seen[i];
            for (var i = 0; i < t.Count; i++)
            {
                var starts = masks[i] & _firstBits;
                if (starts.IsEmpty) continue;
                starts.Lo.CopyTo(words);
                starts.Hi.CopyTo(words[4..]);
                var sentence = t.Tokens[i].Sentence;
                for (var w = 0; w < 8; w++)
                {
                    for (var bits = words[w]; bits != 0; bits &= bits - 1)
                    {
                        var bit = w * 64 + BitOperations.TrailingZeroCount(bits);
                        foreach (var combo in _byFirstBit[bit])
                        {
                            var index = combo.Index;
                            if (triedAt[index] == i) continue;
                            triedAt[index] = i;
                            if (checkedFor[index] != sentence)
                            {
                                checkedFor[index] = sentence;
                                viable[index] = AllIn(combo, whole[i]);
                            }
                            if (!viable[index]) continue;
                            if (combo.NotNegated[0] && NegatedBefore(t, masks, i)) continue;
                            var last = MatchRest(t, masks, combo, i);
                            if (last < 0 || t.Ignored(i) || t.Ignored(last) || IgnoredAt(t, p, last)) continue;
                            if ((!combo.Guard.IsEmpty && !(seen[last] & combo.Guard).IsEmpty)) continue;
                            output.Add(new Candidate(t.Tokens[i].Start, t.Tokens[last].End, combo.Rule, Combo: true));
                        }
                    }
                }
            }
        }
        finally
        {
            ArrayPool<CueMask>.Shared.Return(seen);
            ArrayPool<CueMask>.Shared.Return(whole);
            ArrayPool<int>.Shared.Return(triedAt);
            ArrayPool<int>.Shared.Return(checkedFor);
            ArrayPool<bool>.Shared.Return(viable);
        }
    }

    /// <summary>An exception phrase (<c>Phrases.ignore</c>) starting at the last matched word: "stay" in "stay in
    /// touch" or "stay on the call" is no offer to stay (within the clause: "stay, in touch" is no exception).
    /// An exception phrase that the end of the text cuts short ("We need to break up" with nothing after it) holds
    /// the finding back until the clause is closed or goes on, so appending can never remove it.</summary>
    private static bool IgnoredAt(ScannedText t, LanguageProfile p, int last) =>
        p.Phrases.LongestAt(t, last, out var open) is { } m && m.Rule == ToneRule.Ignore || open;

    private static bool AllIn(Combo combo, CueMask sentence)
    {
        for (var e = 1; e < combo.Elements.Length; e++)
            if ((combo.Elements[e] & sentence).IsEmpty) return false;
        return true;
    }

    private bool NegatedBefore(ScannedText t, CueMask[] masks, int i)
    {
        for (var j = i - 1; j >= 0 && j >= i - NegationWindow && t.SameClause(j, i); j--)
            if (!(masks[j] & _negation).IsEmpty) return true;
        return false;
    }

    /// <summary>The token the last element matched at, or -1. Each element takes the nearest token that fits.</summary>
    private int MatchRest(ScannedText t, CueMask[] masks, Combo combo, int first)
    {
        var at = first;
        for (var e = 1; e < combo.Elements.Length; e++)
        {
            var want = combo.Elements[e];
            var found = -1;
            for (var j = at + 1; j < t.Count && j <= at + combo.Gaps[e] && t.SameSentence(j, first); j++)
                if (!(masks[j] & want).IsEmpty && !(combo.NotNegated[e] && NegatedBefore(t, masks, j))) { found = j; break; }
            if (found < 0) return -1;
            at = found;
        }
        return at;
    }
}
