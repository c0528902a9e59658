using System.Runtime.CompilerServices;

namespace OutlookExit.Core.Review.Tone;

/// <summary>A set of folded words. Entries ending in '*' match by prefix, entries starting with '*' by suffix,
/// and "a+b" matches the two words "a b" written with one space between them.</summary>
internal sealed class WordSet
{
    public static readonly WordSet Empty = new([]);

    /// <summary>Most word sets one language may define: membership of a token is cached in one bit per set.</summary>
    public const int MaxSetsPerLanguage = 64;

    private readonly HashSet<string> _exact = new(StringComparer.Ordinal);
    // Getting an alternate lookup is not free; keep the one made at construction.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _exactBySpan;
    private readonly string[]?[] _prefixesByFirst = new string[128][];
    private readonly string[] _otherPrefixes;
    private readonly string[] _suffixes;
    private readonly bool _hasPairs;

    /// <summary>Index of this set within its language (for the per-token cache); -1 for a set that is never cached.</summary>
    public int Id { get; internal set; } = -1;

    /// <summary>The language's index of all its sets' exact entries (set with <see cref="Id"/>).</summary>
    internal WordIndex? Index { get; set; }

    /// <summary>Whether some entry matches by prefix or suffix (membership is then more than an exact lookup).</summary>
    internal bool HasAffixes => _otherPrefixes.Length > 0 || _suffixes.Length > 0 || Array.Exists(_prefixesByFirst, static p => p is not null);

    internal bool HasPairs => _hasPairs;

    /// <summary>Exact entries, word pairs included (with one space).</summary>
    internal IEnumerable<string> ExactEntries => _exact;

    private WordSet(IEnumerable<string> entries)
    {
        List<string> other = [], suffixes = [];
        var byFirst = new List<string>?[128];
        foreach (var raw in entries)
        {
            var entry = ScannedText.Fold(raw);
            if (entry.Length > 1 && entry[^1] == '*')
            {
                var prefix = entry[..^1];
                if (prefix[0] < 128) (byFirst[prefix[0]] ??= []).Add(prefix);
                else other.Add(prefix);
            }
            else if (entry.Length > 1 && entry[0] == '*') suffixes.Add(entry[1..]);
            else if (entry.Contains('+')) { _exact.Add(entry.Replace('+', ' ')); _hasPairs = true; }
            else _exact.Add(entry);
        }
        for (var c = 0; c < byFirst.Length; c++) _prefixesByFirst[c] = byFirst[c]?.ToArray();
        _otherPrefixes = [.. other];
        _suffixes = [.. suffixes];
        _exactBySpan = _exact.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static WordSet Parse(string? list) =>
        string.IsNullOrWhiteSpace(list) ? Empty : new WordSet(list.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public bool Contains(ReadOnlySpan<char> key)
    {
        if (key.IsEmpty) return false;
        return _exactBySpan.Contains(key) || ContainsAffix(key);
    }

    /// <summary>Whether <paramref name="key"/> (not empty) matches an entry by prefix or suffix.</summary>
    public bool ContainsAffix(ReadOnlySpan<char> key)
    {
        var prefixes = key[0] < 128 ? _prefixesByFirst[key[0]] : _otherPrefixes;
        if (prefixes is not null)
            foreach (var p in prefixes) if (key.StartsWith(p, StringComparison.Ordinal)) return true;
        foreach (var s in _suffixes) if (key.EndsWith(s, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>Two words separated by one space, as the folded text has them.</summary>
    public bool ContainsPair(ReadOnlySpan<char> twoWords) => _hasPairs && _exactBySpan.Contains(twoWords);

    /// <summary>How many tokens starting at <paramref name="i"/> match (0, 1, or 2 for a word pair).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Match(ScannedText t, int i)
    {
        if (i < 0 || i >= t.Count) return 0;
        if (_hasPairs && t.IsPair(this, i)) return 2;
        return t.Is(this, i) ? 1 : 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Has(ScannedText t, int i) => i >= 0 && i < t.Count && t.Is(this, i);
}
