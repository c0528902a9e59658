
namespace OutlookExit.Core.Review.Tone;

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
        /// <summary>An exception phrase (<see cref="ToneRule.Ignore"/>) ends at or below this node.</summary>
        public bool ReachesIgnore;
    }

    private const int MaxExpansions = 2048;
    private readonly Node _root = new();

    public int MaxLength { get; private set; }

    /// <summary>The first words of all phrases, as cue entries (<c>word</c>, <c>stem*</c>): a word whose cue mask lacks
    /// the <see cref="LanguageProfile.PhraseStartSet"/> bit starts no phrase.</summary>
    public IEnumerable<string> FirstWords() =>
        (_root.Exact?.Keys ?? Enumerable.Empty<string>())
        .Concat(_root.Prefixed?.Values.SelectMany(b => b.Select(x => x.Prefix + "*")) ?? []);

    public void Add(string pattern, ToneRule rule)
    {
        var expanded = new List<string>();
        Expand(pattern, expanded);
        foreach (var phrase in expanded)
        {
            var words = phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var node = _root;
            var length = 0;
            var path = new List<Node>();
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
                    path.Add(node);
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
                    path.Add(node);
                }
            }
            if (length == 0) continue;
            node.Rule ??= rule;
            if (rule == ToneRule.Ignore)
                foreach (var n in path) n.ReachesIgnore = true;
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

    /// <summary>The longest phrase starting at token <paramref name="i"/> within one sentence. An exception phrase
    /// (<see cref="ToneRule.Ignore"/>) counts only within one clause: "break up, the work is done" is still a break-up.</summary>
    public (ToneRule Rule, int Last)? LongestAt(ScannedText t, int i) => LongestAt(t, i, out _);

    /// <summary><see cref="LongestAt(ScannedText, int)"/>; <paramref name="open"/> is true when the text ends, with
    /// nothing after its last word, inside what could still become an exception phrase ("… break up" + " the
    /// migration"): a finding there would disappear when the phrase is typed on, so the caller waits for the clause
    /// to be closed (or continued) before reporting it.</summary>
    public (ToneRule Rule, int Last)? LongestAt(ScannedText t, int i, out bool open)
    {
        ToneRule? bestRule = null;
        var bestLast = -1;
        open = false;
        Walk(_root, t, i, i, ref bestRule, ref bestLast, ref open);
        return bestRule is null ? null : (bestRule, bestLast);
    }

    private static void Walk(Node node, ScannedText t, int first, int i, ref ToneRule? bestRule, ref int bestLast, ref bool open)
    {
        if (i >= t.Count)
        {
            if (node.ReachesIgnore && !ClosedAfter(t, i - 1) && t.SameClause(first, i - 1)) open = true;
            return;
        }
        if (!t.SameSentence(first, i)) return;
        var key = t.Key(i);
        if (node.Exact is not null && node.ExactBySpan.TryGetValue(key, out var next))
            Visit(next, t, first, i, ref bestRule, ref bestLast, ref open);
        if (node.Prefixed is not null && node.Prefixed.TryGetValue(key[0], out var bucket))
            foreach (var (prefix, child) in bucket)
                if (key.StartsWith(prefix, StringComparison.Ordinal))
                    Visit(child, t, first, i, ref bestRule, ref bestLast, ref open);
    }

    private static void Visit(Node node, ScannedText t, int first, int i, ref ToneRule? bestRule, ref int bestLast, ref bool open)
    {
        if (node.Rule is not null && i > bestLast && (node.Rule != ToneRule.Ignore || t.SameClause(first, i))) { bestRule = node.Rule; bestLast = i; }
        if (node.Exact is not null || node.Prefixed is not null) Walk(node, t, first, i + 1, ref bestRule, ref bestLast, ref open);
    }

    /// <summary>Whether anything but white space follows token <paramref name="last"/>, the last word of the text
    /// (a full stop, a comma, a bracket): then no word typed later can join a phrase with it.</summary>
    private static bool ClosedAfter(ScannedText t, int last)
    {
        var text = t.Text;
        for (var k = t.Tokens[last].End; k < text.Length; k++)
            if (!char.IsWhiteSpace(text[k])) return true;
        return false;
    }
}
