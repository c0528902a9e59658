namespace OutlookExit.Core.Review.Tone;

/// <summary>The cue word sets of one language (<c>Cues.Name</c> in the resources, plus the valence lexicon in
/// <c>Data/</c>) in one character trie: a token is walked through it once, character by character, and comes out
/// with one bit per cue set it belongs to. Entries are whole words or stems (<c>word*</c>, which is how Czech
/// endings are covered: <c>zaplat*</c> matches <c>zaplatil</c>, <c>zaplatili</c>, <c>zaplatíte</c>…). The cost per
/// token is its length, whatever the number of sets or entries.</summary>
internal sealed class CueLexicon
{
    /// <summary>Most cue sets one language may define (one bit each in a token's mask).</summary>
    public const int MaxSets = 512;

    // Children per node: 'a'–'z', '0'–'9', '\'' and '-'. Folded text has no other characters in ordinary words;
    // a word with any other character simply stops matching there.
    private const int Fanout = 38;

    private readonly List<int> _children = [];
    private readonly List<CueMask> _exact = [];
    private readonly List<CueMask> _prefix = [];
    private int[] _childArray = [];
    private CueMask[] _exactArray = [];
    private CueMask[] _prefixArray = [];
    private bool[] _hasPrefix = [];
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    public static readonly CueLexicon Empty = new(new Dictionary<string, IEnumerable<string>>());

    public CueLexicon(IReadOnlyDictionary<string, IEnumerable<string>> sets)
    {
        NewNode();
        foreach (var (name, entries) in sets.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            if (_ids.Count == MaxSets) throw new InvalidOperationException("Too many tone cue sets.");
            var id = _ids[name] = _ids.Count;
            foreach (var raw in entries) Add(ScannedText.Fold(raw), CueMask.Bit(id), name);
        }
        _childArray = [.. _children];
        _exactArray = [.. _exact];
        _prefixArray = [.. _prefix];
        _hasPrefix = [.. _prefix.Select(m => !m.IsEmpty)];
    }

    /// <summary>The bit of a named set; 0 when the language does not define it (then rules naming it never match).</summary>
    public CueMask Bit(string name) => _ids.TryGetValue(name, out var id) ? CueMask.Bit(id) : CueMask.None;

    public bool Has(string name) => _ids.ContainsKey(name);

    private int NewNode()
    {
        for (var i = 0; i < Fanout; i++) _children.Add(0);
        _exact.Add(CueMask.None);
        _prefix.Add(CueMask.None);
        return _exact.Count - 1;
    }

    private void Add(string entry, CueMask bit, string set)
    {
        var prefix = entry.Length > 1 && entry[^1] == '*';
        var word = prefix ? entry[..^1] : entry;
        if (word.Length == 0) return;
        var node = 0;
        foreach (var c in word)
        {
            var slot = Slot(c);
            if (slot < 0) throw new InvalidOperationException($"Tone cue '{entry}' in '{set}' has a character cues cannot hold.");
            var next = _children[node * Fanout + slot];
            if (next == 0) { next = NewNode(); _children[node * Fanout + slot] = next; }
            node = next;
        }
        if (prefix) _prefix[node] |= bit;
        else _exact[node] |= bit;
    }

    /// <summary>Whether every character of <paramref name="entry"/> (folded, a trailing '*' allowed) fits the trie.</summary>
    public static bool CanHold(string entry)
    {
        var word = entry.Length > 1 && entry[^1] == '*' ? entry[..^1] : entry;
        foreach (var c in word) if (Slot(c) < 0) return false;
        return word.Length > 0;
    }

    private static int Slot(char c) => c switch
    {
        >= 'a' and <= 'z' => c - 'a',
        >= '0' and <= '9' => 26 + c - '0',
        '\'' => 36,
        '-' => 37,
        _ => -1,
    };

    /// <summary>The cue sets <paramref name="key"/> (a folded token) belongs to.</summary>
    public CueMask Lookup(ReadOnlySpan<char> key)
    {
        var mask = CueMask.None;
        var node = 0;
        var children = _childArray;
        var prefix = _prefixArray;
        foreach (var c in key)
        {
            var slot = Slot(c);
            if (slot < 0) return mask;
            node = children[node * Fanout + slot];
            if (node == 0) return mask;
            if (_hasPrefix[node]) mask |= prefix[node];
        }
        return mask | _exactArray[node];
    }
}
