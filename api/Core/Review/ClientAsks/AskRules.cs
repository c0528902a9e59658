namespace OutlookExit.Core.Review.ClientAsks;

/// <summary>What a rule does when its pattern matches.</summary>
internal enum RuleKind
{
    /// <summary>Evidence for an ask.</summary>
    Ask,
    /// <summary>A negation or counterfactual ("won't", "no need to", "nechceme", "was going to"): asks in its scope are dropped.</summary>
    Negation,
    /// <summary>A request marker ("please", "could you", "prosím", "mohl byste"): lets weak rules of the sentence count.</summary>
    Request,
    /// <summary>Only suppresses other asks ("stay in touch" is not <see cref="ClientAsk.Stay"/>).</summary>
    Kill,
    /// <summary>A polite negative question ("Couldn't you…?", "Won't you…?", "Nechcete si to…?"): in a question, the
    /// negations it covers do not negate; it is also a request marker there.</summary>
    Polite,
}

/// <summary>Where a rule's <c>-ask</c> / <c>=ask</c> / <c>/ask</c> flag drops matches of another ask.</summary>
internal enum SuppressionScope { Clause, Sentence, Overlap }

/// <summary>One word of a pattern alternative.</summary>
internal readonly record struct WordPattern(string Text, byte Mode)
{
    public const byte Exact = 0, Prefix = 1, Suffix = 2, Number = 3, Any = 4;

    public bool Matches(ReadOnlySpan<char> word) => Mode switch
    {
        Exact => word.SequenceEqual(Text),
        Prefix => word.StartsWith(Text, StringComparison.Ordinal),
        Suffix => word.Length > Text.Length && word.EndsWith(Text, StringComparison.Ordinal),
        Number => word.Length > 0 && char.IsDigit(word[0]),
        _ => true,
    };
}

/// <summary>One alternative of a pattern element: one word, or several joined by <c>+</c> ("do+not").</summary>
internal readonly record struct Alternative(WordPattern[] Words)
{
    public bool IsExactWord => Words.Length >= 1 && Words[0].Mode == WordPattern.Exact;
}

/// <summary>A pattern element: alternatives, whether it may be left out, and how many words may come before the next one.</summary>
internal sealed record Element(Alternative[] Alternatives, bool Optional, int GapAfter)
{
    /// <summary>How many words the longest matching alternative covers from token <paramref name="t"/> (0: no match).</summary>
    public int Match(AskText text, int t, int limit, ref long steps)
    {
        var best = 0;
        foreach (var a in Alternatives)
        {
            if (a.Words.Length <= best || t + a.Words.Length > limit) continue;
            var ok = true;
            for (var w = 0; w < a.Words.Length && ok; w++)
            {
                steps++;
                ok = a.Words[w].Matches(text.Word(t + w));
            }
            if (ok) best = a.Words.Length;
        }
        return best;
    }
}

/// <summary>A compiled rule line.</summary>
/// <remarks>Line syntax: <c>kind flags: pattern</c>. <c>kind</c> is an ask name, <c>neg</c>, <c>req</c>, <c>kill</c> or <c>pol</c>.
/// Flags: <c>w</c> weak (counts only in a question or in a sentence with a request marker), <c>q</c> only in a
/// question, <c>r</c> only in a sentence with a request marker, <c>f</c> only when no other ask is found, <c>a</c> an agreeing acknowledgement
/// ("Fine by us", "V pořádku"): not beside stay or money, and not when a <c>but</c>-word follows it in its sentence, <c>k</c> an
/// acknowledgement of the notice ("Understood.", "Rozumím."): acceptance alone and beside asks that take the ending as
/// given, not beside stay, money or a later date, <c>n</c> the pattern carries its own negation ("don't go"), <c>o</c> not
/// dropped by an overlapping <c>/ask</c> kill, <c>-ask</c> drops that ask in the same
/// clause, <c>=ask</c> in the same sentence, <c>/ask</c> where its match overlaps this one. A leading <c>^</c>
/// anchors the pattern at the first word of a clause. In an alternative, <c>a+b</c> is the two words "a b". Pattern: words separated by spaces; <c>a|b</c> alternatives,
/// <c>w*</c> prefix, <c>*w</c> suffix, <c>#</c> a number, <c>_</c> any word, a trailing <c>?</c> makes the element
/// optional, <c>~</c> lets up to three words (<c>~N</c>: N words) come before the next element.</remarks>
internal sealed class Rule
{
    public required RuleKind Kind { get; init; }
    public ClientAsk Ask { get; init; }
    public bool Weak { get; init; }
    public bool QuestionOnly { get; init; }
    /// <summary>Counts only in a sentence with a request marker; a question alone is not enough.</summary>
    public bool RequestOnly { get; init; }
    public bool CarriesNegation { get; init; }
    /// <summary>Counts only when no other ask is found: politeness that is acceptance only when it stands alone
    /// ("Thanks for letting us know.").</summary>
    public bool Fallback { get; init; }
    /// <summary>An agreeing acknowledgement ("Fine by us", "No problem", "V pořádku"): acceptance beside asks that take
    /// the ending as given and beside a later date, not beside a plea to stay or money, and not when its sentence goes on
    /// with a <c>but</c>-word after it ("No problem, but…" is politeness before a counter-ask).</summary>
    public bool Acknowledgement { get; init; }
    /// <summary>An acknowledgement of the notice ("Understood.", "Thanks for letting us know", "Rozumím", "Děkuji za
    /// informaci"): acceptance alone and beside asks that take the ending as given (why, extra work, invoice,
    /// replacement, other); not beside a plea to stay, money or a later date, where it is politeness (the corpus
    /// README's label rule for an acknowledgement before an ask).</summary>
    public bool Notice { get; init; }
    /// <summary>Not dropped where a <c>/ask</c> kill overlaps it: the pattern itself already says what the kill guards
    /// against ("stay until the app is live — mid-January": the live app and a date name work, not just an end).</summary>
    public bool IgnoresOverlap { get; init; }
    public (ClientAsk Ask, SuppressionScope Scope)[] Suppresses { get; init; } = [];
    /// <summary>The pattern only matches from the first word of a clause (imperatives).</summary>
    public bool AtClauseStart { get; init; }
    public required Element[] Elements { get; init; }
    public required string Source { get; init; }

    public static Rule Parse(string line)
    {
        var colon = line.IndexOf(':');
        if (colon < 0) throw new FormatException($"Rule without ':' — {line}");
        var head = line[..colon].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kind = RuleKind.Ask;
        ClientAsk ask = default;
        switch (head[0])
        {
            case "neg": kind = RuleKind.Negation; break;
            case "req": kind = RuleKind.Request; break;
            case "kill": kind = RuleKind.Kill; break;
            case "pol": kind = RuleKind.Polite; break;
            default:
                if (!ClientAskNames.TryParse(head[0], out ask)) throw new FormatException($"Unknown rule kind '{head[0]}' — {line}");
                break;
        }
        bool weak = false, question = false, negation = false, request = false, fallback = false, acknowledgement = false, notice = false, ignoresOverlap = false;
        var suppresses = new List<(ClientAsk, SuppressionScope)>();
        foreach (var flag in head.Skip(1))
        {
            if (flag == "w") weak = true;
            else if (flag == "q") question = true;
            else if (flag == "n") negation = true;
            else if (flag == "r") request = true;
            else if (flag == "f") fallback = true;
            else if (flag == "a") acknowledgement = true;
            else if (flag == "k") notice = true;
            else if (flag == "o") ignoresOverlap = true;
            else if (flag[0] is '-' or '=' or '/' && ClientAskNames.TryParse(flag[1..], out var s))
                suppresses.Add((s, flag[0] switch { '-' => SuppressionScope.Clause, '=' => SuppressionScope.Sentence, _ => SuppressionScope.Overlap }));
            else throw new FormatException($"Unknown flag '{flag}' — {line}");
        }
        var elements = new List<Element>();
        var anchored = false;
        foreach (var part in line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "^" && elements.Count == 0 && !anchored)
            {
                anchored = true;
                continue;
            }
            if (part[0] == '~')
            {
                if (elements.Count == 0) throw new FormatException($"Pattern starts with a gap — {line}");
                var gap = part.Length == 1 ? 3 : int.Parse(part[1..], System.Globalization.CultureInfo.InvariantCulture);
                elements[^1] = elements[^1] with { GapAfter = gap };
                continue;
            }
            var optional = part.Length > 1 && part[^1] == '?';
            var body = optional ? part[..^1] : part;
            var alternatives = body.Split('|').Select(ParseAlternative).ToArray();
            elements.Add(new Element(alternatives, optional, 0));
        }
        if (elements.Count == 0 || elements[0].Optional) throw new FormatException($"Pattern must start with a required word — {line}");
        return new Rule
        {
            Kind = kind, Ask = ask, Weak = weak, QuestionOnly = question, CarriesNegation = negation, RequestOnly = request, Fallback = fallback, Acknowledgement = acknowledgement, Notice = notice, IgnoresOverlap = ignoresOverlap,
            Suppresses = suppresses.ToArray(), Elements = elements.ToArray(), Source = line, AtClauseStart = anchored,
        };
    }

    private static Alternative ParseAlternative(string text) =>
        new(text.Split('+', StringSplitOptions.RemoveEmptyEntries).Select(ParseWord).ToArray());

    private static WordPattern ParseWord(string text)
    {
        var folded = new string(text.Select(AskText.Fold).ToArray());
        if (folded == "#") return new WordPattern("", WordPattern.Number);
        if (folded == "_") return new WordPattern("", WordPattern.Any);
        if (folded.Length > 1 && folded[^1] == '*') return new WordPattern(folded[..^1], WordPattern.Prefix);
        if (folded.Length > 1 && folded[0] == '*') return new WordPattern(folded[1..], WordPattern.Suffix);
        return new WordPattern(folded, WordPattern.Exact);
    }
}

/// <summary>A match of a rule: tokens [<see cref="First"/>, <see cref="End"/>).</summary>
internal readonly record struct Hit(Rule Rule, int First, int End);

/// <summary>The rules of one language, indexed by the exact words their patterns can start with.</summary>
internal sealed class RuleSet
{
    private readonly Dictionary<string, Rule[]> _byFirstWord;
    private readonly Dictionary<string, Rule[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Rule[] _openStart;
    /// <summary>Per open-start rule: the first letters its first word can have, or null when any word may start it (a suffix, number or wildcard).</summary>
    private readonly HashSet<char>?[] _openFirstLetters;
    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>Most words a pattern may span; bounds the work per starting word.</summary>
    public const int MaxSpan = 24;

    public RuleSet(string rulesText)
    {
        var rules = new List<Rule>();
        foreach (var raw in rulesText.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            rules.Add(Rule.Parse(line));
        }
        Rules = rules;
        var byWord = new Dictionary<string, List<Rule>>(StringComparer.Ordinal);
        var open = new List<Rule>();
        foreach (var rule in rules)
        {
            var first = rule.Elements[0].Alternatives;
            if (first.All(a => a.IsExactWord))
                foreach (var a in first)
                {
                    var key = a.Words[0].Text;
                    if (!byWord.TryGetValue(key, out var list)) byWord[key] = list = [];
                    if (!list.Contains(rule)) list.Add(rule);
                }
            else open.Add(rule);
        }
        _byFirstWord = byWord.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _lookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        _openStart = open.ToArray();
        _openFirstLetters = _openStart.Select(rule =>
        {
            var words = rule.Elements[0].Alternatives.Select(a => a.Words[0]).ToArray();
            return words.All(w => w.Mode is WordPattern.Exact or WordPattern.Prefix && w.Text.Length > 0)
                ? words.Select(w => w.Text[0]).ToHashSet()
                : null;
        }).ToArray();
    }

    /// <summary>Every match in <paramref name="text"/>, sentence by sentence; <paramref name="steps"/> counts word comparisons.</summary>
    public List<Hit> Match(AskText text, ref long steps)
    {
        var hits = new List<Hit>();
        foreach (var sentence in text.Sentences)
            for (var i = sentence.First; i < sentence.End; i++)
            {
                if (_lookup.TryGetValue(text.Word(i), out var rules))
                    foreach (var rule in rules)
                        TryAt(rule, text, i, sentence.End, hits, ref steps);
                var letter = text.Word(i)[0];
                for (var r = 0; r < _openStart.Length; r++)
                {
                    // A word can only match an exact or prefix pattern that starts with its own first letter.
                    if (_openFirstLetters[r] is { } letters && !letters.Contains(letter)) continue;
                    TryAt(_openStart[r], text, i, sentence.End, hits, ref steps);
                }
            }
        return hits;
    }

    private static void TryAt(Rule rule, AskText text, int first, int sentenceEnd, List<Hit> hits, ref long steps)
    {
        if (rule.AtClauseStart && first > 0 && text.Tokens[first - 1].Clause == text.Tokens[first].Clause) return;
        var limit = Math.Min(sentenceEnd, first + MaxSpan);
        var budget = 512; // bounds backtracking for any pattern
        var end = MatchFrom(rule.Elements, 0, text, first, first, limit, ref steps, ref budget);
        if (end > 0) hits.Add(new Hit(rule, first, end));
    }

    /// <summary>Matches elements[k..] with element k at a word in [from, to] (to inclusive); returns the end token or -1.</summary>
    private static int MatchFrom(Element[] elements, int k, AskText text, int from, int to, int limit, ref long steps, ref int budget)
    {
        if (k == elements.Length) return from;
        var element = elements[k];
        var last = Math.Min(to, limit - 1);
        for (var t = from; t <= last; t++)
        {
            if (--budget < 0) return -1;
            var length = element.Match(text, t, limit, ref steps);
            if (length == 0) continue;
            var end = MatchFrom(elements, k + 1, text, t + length, t + length + element.GapAfter, limit, ref steps, ref budget);
            if (end > 0) return end;
        }
        if (element.Optional)
        {
            // Left out: the next element may start where this one could have, within this element's gap too.
            var end = MatchFrom(elements, k + 1, text, from, to + element.GapAfter, limit, ref steps, ref budget);
            if (end > 0) return end;
        }
        return -1;
    }
}
