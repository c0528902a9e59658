using System.Runtime.CompilerServices;
using OutlookExit.Contracts;

namespace OutlookExit.Tone;

/// <summary>A rule a finding points at: stable id, category and severity.</summary>
internal sealed record ToneRule(string Id, string Category, Severity Severity)
{
    public static readonly string[] Categories =
        ["blame", "absolute", "passiveAggressive", "negativity", "breakup", "waffle", "apology", "secret"];

    /// <summary>Categories (and "ignore") in ordinal order: comparing ranks orders rules as comparing the category names does.</summary>
    private static readonly string[] CategoryOrder = [.. Categories.Append("ignore").Order(StringComparer.Ordinal)];

    /// <summary>The position of <see cref="Category"/> in ordinal order of the category names.</summary>
    public int CategoryRank { get; } = Array.IndexOf(CategoryOrder, Category);

    // After CategoryOrder: static fields are initialised in order, and this instance needs it.
    /// <summary>Phrases listed under <c>Phrases.ignore</c> are exceptions: where one is the longest match,
    /// nothing is reported ("disaster recovery" is not negativity).</summary>
    public static readonly ToneRule Ignore = new("ignore", "ignore", Severity.Info);

    /// <summary>The category is the part of the id before the dot; severity follows the content guide's table.</summary>
    public static ToneRule FromId(string id)
    {
        var dot = id.IndexOf('.');
        var category = dot > 0 ? id[..dot] : id;
        if (Array.IndexOf(Categories, category) < 0)
            throw new InvalidOperationException($"Tone rule '{id}' has an unknown category '{category}'.");
        var severity = category switch
        {
            "blame" or "secret" => Severity.Error,
            "apology" => Severity.Info,
            "waffle" => id == "waffle.reopen" ? Severity.Error : Severity.Warning,
            _ => Severity.Warning,
        };
        return new ToneRule(id, category, severity);
    }
}

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

/// <summary>Multi-word phrases over folded tokens. Pattern syntax (one per line in the resources):
/// words separated by spaces; "word*" matches by prefix; "(a|b|)" offers alternatives, an empty one makes
/// the group optional. Matching walks the trie from each token, so the cost per token is bounded by the
/// longest phrase, never by the input.</summary>
internal sealed class PhraseTrie
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Exact;
        public Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> ExactBySpan;
        public Dictionary<char, List<(string Prefix, Node Node)>>? Prefixed;
        public ToneRule? Rule;
    }

    private const int MaxExpansions = 2048;
    private readonly Node _root = new();

    public int MaxLength { get; private set; }

    public void Add(string pattern, ToneRule rule)
    {
        var expanded = new List<string>();
        Expand(pattern, expanded);
        foreach (var phrase in expanded)
        {
            var words = phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var node = _root;
            var length = 0;
            foreach (var rawWord in words)
            {
                var word = ScannedText.Fold(rawWord.Trim(',', '.', '!', '?', ';', ':', '"', '\u201C', '\u201D', '\u201E'));
                if (word.Length == 0) continue;
                length++;
                if (word.Length > 1 && word[^1] == '*')
                {
                    var prefix = word[..^1];
                    node.Prefixed ??= [];
                    if (!node.Prefixed.TryGetValue(prefix[0], out var bucket)) node.Prefixed[prefix[0]] = bucket = [];
                    var found = bucket.FindIndex(p => p.Prefix == prefix);
                    if (found < 0) { bucket.Add((prefix, new Node())); found = bucket.Count - 1; }
                    node = bucket[found].Node;
                }
                else
                {
                    if (node.Exact is null)
                    {
                        node.Exact = new Dictionary<string, Node>(StringComparer.Ordinal);
                        node.ExactBySpan = node.Exact.GetAlternateLookup<ReadOnlySpan<char>>();
                    }
                    if (!node.Exact.TryGetValue(word, out var next)) node.Exact[word] = next = new Node();
                    node = next;
                }
            }
            if (length == 0) continue;
            node.Rule ??= rule;
            MaxLength = Math.Max(MaxLength, length);
        }
    }

    private static void Expand(string pattern, List<string> output)
    {
        if (output.Count >= MaxExpansions) throw new InvalidOperationException($"Tone phrase '{pattern}' expands to too many variants.");
        var open = pattern.IndexOf('(');
        if (open < 0) { output.Add(pattern); return; }
        var close = pattern.IndexOf(')', open);
        if (close < 0) throw new InvalidOperationException($"Tone phrase '{pattern}' has an unclosed group.");
        var head = pattern[..open];
        var tail = pattern[(close + 1)..];
        foreach (var alternative in pattern[(open + 1)..close].Split('|'))
            Expand(head + alternative + tail, output);
    }

    /// <summary>The longest phrase starting at token <paramref name="i"/> within one sentence.</summary>
    public (ToneRule Rule, int Last)? LongestAt(ScannedText t, int i)
    {
        ToneRule? bestRule = null;
        var bestLast = -1;
        Walk(_root, t, i, i, ref bestRule, ref bestLast);
        return bestRule is null ? null : (bestRule, bestLast);
    }

    private static void Walk(Node node, ScannedText t, int first, int i, ref ToneRule? bestRule, ref int bestLast)
    {
        if (i >= t.Count || !t.SameSentence(first, i)) return;
        var key = t.Key(i);
        if (node.Exact is not null && node.ExactBySpan.TryGetValue(key, out var next))
            Visit(next, t, first, i, ref bestRule, ref bestLast);
        if (node.Prefixed is not null && node.Prefixed.TryGetValue(key[0], out var bucket))
            foreach (var (prefix, child) in bucket)
                if (key.StartsWith(prefix, StringComparison.Ordinal))
                    Visit(child, t, first, i, ref bestRule, ref bestLast);
    }

    private static void Visit(Node node, ScannedText t, int first, int i, ref ToneRule? bestRule, ref int bestLast)
    {
        if (node.Rule is not null && i > bestLast) { bestRule = node.Rule; bestLast = i; }
        if (node.Exact is not null || node.Prefixed is not null) Walk(node, t, first, i + 1, ref bestRule, ref bestLast);
    }
}
