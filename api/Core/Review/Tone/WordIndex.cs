
namespace OutlookExit.Core.Review.Tone;

/// <summary>All word sets of one language in one table: a word is looked up once and gives the sets that list it
/// exactly, and the sets with a word pair starting with it. <see cref="ScannedText.Is"/> then needs one lookup
/// per token instead of one per (token, set); only prefix and suffix entries are still checked per set.</summary>
internal sealed class WordIndex
{
    private readonly Dictionary<string, (ulong Exact, ulong PairFirst)> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (ulong Exact, ulong PairFirst)>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    /// <summary>Sets whose membership is more than an exact lookup.</summary>
    public ulong AffixSets { get; }

    /// <summary>Sets whose word pairs cannot be ruled out by their first word (see the constructor).</summary>
    public ulong UnfilteredPairSets { get; }

    public WordIndex(IEnumerable<WordSet> sets)
    {
        foreach (var set in sets)
        {
            var bit = 1UL << set.Id;
            if (set.HasAffixes) AffixSets |= bit;
            foreach (var entry in set.ExactEntries)
            {
                var space = entry.IndexOf(' ');
                if (space < 0) { Update(entry, bit, 0); continue; }
                // Tokens i and i + 1 spell "a b" only if token i is "a", provided "a" is made of letters and digits
                // that no separator folds to: then the separator cannot start inside "a".
                var first = entry[..space];
                if (first.Length > 0 && first.All(c => char.IsLetterOrDigit(c) && !SeparatorFolds.Contains(c))) Update(first, 0, bit);
                else UnfilteredPairSets |= bit;
            }
            set.Index = this;
        }
        _bySpan = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private void Update(string word, ulong exact, ulong pairFirst)
    {
        _words.TryGetValue(word, out var masks);
        _words[word] = (masks.Exact | exact, masks.PairFirst | pairFirst);
    }

    /// <summary>The sets that list <paramref name="key"/> exactly, and those with a pair starting with it.</summary>
    public (ulong Exact, ulong PairFirst) Lookup(ReadOnlySpan<char> key) => _bySpan.TryGetValue(key, out var masks) ? masks : default;

    /// <summary>Letters and digits that a character outside words folds to (in practice none).</summary>
    private static readonly HashSet<char> SeparatorFolds = BuildSeparatorFolds();

    private static HashSet<char> BuildSeparatorFolds()
    {
        var set = new HashSet<char>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var ch = (char)c;
            if (ScannedText.IsWordChar(ch)) continue;
            var folded = ScannedText.Fold(ch);
            if (char.IsLetterOrDigit(folded)) set.Add(folded);
        }
        return set;
    }
}
