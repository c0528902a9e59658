using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace OutlookExit.Core.Review.Tone;

/// <summary>A word of the checked text: UTF-16 span plus the clause and sentence it belongs to.</summary>
internal struct Token
{
    public int Start;
    public int Length;
    public int Clause;
    public int Sentence;
    public readonly int End => Start + Length;
}

/// <summary>The checked text split into words, clauses and sentences in one linear pass.
/// <see cref="Folded"/> is the text lower-cased with diacritics removed, character for character
/// (same length, same offsets), so lexicon lookups work on spans without allocating.</summary>
internal sealed class ScannedText : IDisposable
{
    public string Text { get; }
    public char[] Folded { get; private set; }
    public Token[] Tokens { get; private set; }
    public int Count { get; private set; }
    private bool[] _questionSentence;
    private ulong[] _known;
    private ulong[] _member;
    private ulong[] _pairKnown;
    private ulong[] _pairMember;
    private bool[] _seen;
    private CueMask[]? _cueMasks;
    private CueLexicon? _cueMasksOf;

    /// <summary>Plain lookups: every word-list question goes to the list itself, with no index, mask or per-token
    /// cache. Slower, and the reference the indexed lookups are tested against (they must give the same findings).</summary>
    public bool PlainLookups { get; }

    private ScannedText(string text, bool plainLookups)
    {
        Text = text;
        PlainLookups = plainLookups;
        // At most one token (and so one sentence) per two characters; only that much of a pooled array is ever read.
        var perToken = text.Length / 2 + 2;
        Folded = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        Tokens = ArrayPool<Token>.Shared.Rent(perToken);
        _questionSentence = ArrayPool<bool>.Shared.Rent(perToken);
        Array.Clear(_questionSentence, 0, perToken);
        _known = ArrayPool<ulong>.Shared.Rent(perToken);
        _member = ArrayPool<ulong>.Shared.Rent(perToken);
        _pairKnown = ArrayPool<ulong>.Shared.Rent(perToken);
        _pairMember = ArrayPool<ulong>.Shared.Rent(perToken);
        _seen = ArrayPool<bool>.Shared.Rent(perToken);
        Array.Clear(_seen, 0, perToken);
    }

    public ReadOnlySpan<char> Key(int token) => Folded.AsSpan(Tokens[token].Start, Tokens[token].Length);

    /// <summary>The folded text from the start of token <paramref name="first"/> to the end of token <paramref name="last"/>.</summary>
    public ReadOnlySpan<char> KeySpan(int first, int last) => Folded.AsSpan(Tokens[first].Start, Tokens[last].End - Tokens[first].Start);

    public ReadOnlySpan<char> Original(int token) => Text.AsSpan(Tokens[token].Start, Tokens[token].Length);

    /// <summary>Whether token <paramref name="i"/> is in <paramref name="set"/>; each (token, set) is looked up once,
    /// because the clause analysis revisits the words around every subject.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Is(WordSet set, int i)
    {
        var id = set.Id;
        if (id >= 0 && _seen[i])
        {
            var bit = 1UL << id;
            if ((_known[i] & bit) != 0) return (_member[i] & bit) != 0;
        }
        return IsSlow(set, i);
    }

    private bool IsSlow(WordSet set, int i)
    {
        if (PlainLookups || set.Id < 0) return set.Contains(Key(i));
        if (!_seen[i]) See(set.Index!, i);
        var bit = 1UL << set.Id;
        if ((_known[i] & bit) != 0) return (_member[i] & bit) != 0;
        _known[i] |= bit;
        // A set with prefix or suffix entries: the exact entries are already in _member.
        if ((_member[i] & bit) != 0) return true;
        var member = set.ContainsAffix(Key(i));
        if (member) _member[i] |= bit;
        return member;
    }

    /// <summary>False when no set in <paramref name="sets"/> (of <paramref name="index"/>'s language) can match at
    /// token <paramref name="i"/>, as a word or as the first of a word pair; true means "ask the sets".</summary>
    public bool MayMatchAny(WordIndex index, ulong sets, int i)
    {
        if (i < 0 || i >= Count) return false;
        if (PlainLookups) return true;
        if (!_seen[i]) See(index, i);
        var ruledOut = _known[i] & ~_member[i] & _pairKnown[i] & ~_pairMember[i];
        return (sets & ruledOut) != sets;
    }

    /// <summary>First look at token <paramref name="i"/>: one lookup answers membership of every set without
    /// prefix or suffix entries, and rules out the word pairs that do not start with this word.</summary>
    private void See(WordIndex index, int i)
    {
        _seen[i] = true;
        var (exact, pairFirst) = index.Lookup(Key(i));
        _member[i] = exact;
        _known[i] = ~index.AffixSets;
        _pairMember[i] = 0;
        _pairKnown[i] = ~(pairFirst | index.UnfilteredPairSets);
    }

    /// <summary>Whether tokens <paramref name="i"/> and i + 1 form a two-word entry of <paramref name="set"/> (cached like <see cref="Is"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsPair(WordSet set, int i)
    {
        if (i + 1 >= Count || !SameSentence(i, i + 1)) return false;
        var id = set.Id;
        if (id >= 0 && _seen[i])
        {
            var bit = 1UL << id;
            if ((_pairKnown[i] & bit) != 0) return (_pairMember[i] & bit) != 0;
        }
        return IsPairSlow(set, i);
    }

    private bool IsPairSlow(WordSet set, int i)
    {
        if (PlainLookups || set.Id < 0) return set.ContainsPair(KeySpan(i, i + 1));
        if (!_seen[i]) See(set.Index!, i);
        var bit = 1UL << set.Id;
        if ((_pairKnown[i] & bit) != 0) return (_pairMember[i] & bit) != 0;
        _pairKnown[i] |= bit;
        var member = set.ContainsPair(KeySpan(i, i + 1));
        _pairMember[i] = member ? _pairMember[i] | bit : _pairMember[i] & ~bit;
        return member;
    }

    public bool IsQuestion(int token) => _questionSentence[Tokens[token].Sentence];

    public bool SameClause(int a, int b) => Tokens[a].Clause == Tokens[b].Clause;

    public bool SameSentence(int a, int b) => Tokens[a].Sentence == Tokens[b].Sentence;

    private bool[]? _ignored;

    /// <summary>Whether token <paramref name="token"/> lies inside an exception phrase (<c>Phrases.ignore</c>: "natural
    /// disaster", "hrozná zima") that starts at or before it, or after the start of one the end of the text still
    /// leaves open. Set by <see cref="PhraseRules"/>, read by the phrase and combination rules.</summary>
    public bool Ignored(int token) => _ignored is not null && _ignored[token];

    /// <summary>Marks tokens <paramref name="first"/> … <paramref name="last"/> as inside an exception phrase.</summary>
    public void MarkIgnored(int first, int last)
    {
        if (_ignored is null)
        {
            _ignored = ArrayPool<bool>.Shared.Rent(Math.Max(1, Count));
            Array.Clear(_ignored, 0, Math.Max(1, Count));
        }
        for (var k = first; k <= last && k < Count; k++) _ignored[k] = true;
    }

    /// <summary>The cue sets of every token (<see cref="CueLexicon.Lookup"/>), computed once per text and shared by the
    /// combinations and the phrase rules.</summary>
    public CueMask[] CueMasks(CueLexicon cues)
    {
        if (_cueMasks is not null && ReferenceEquals(_cueMasksOf, cues)) return _cueMasks;
        if (_cueMasks is not null) ArrayPool<CueMask>.Shared.Return(_cueMasks);
        var masks = ArrayPool<CueMask>.Shared.Rent(Math.Max(1, Count));
        for (var i = 0; i < Count; i++) masks[i] = cues.Lookup(Key(i));
        _cueMasksOf = cues;
        return _cueMasks = masks;
    }

    public void Dispose()
    {
        if (_cueMasks is not null) ArrayPool<CueMask>.Shared.Return(_cueMasks);
        _cueMasks = null;
        if (_ignored is not null) ArrayPool<bool>.Shared.Return(_ignored);
        _ignored = null;
        ArrayPool<char>.Shared.Return(Folded);
        ArrayPool<Token>.Shared.Return(Tokens);
        ArrayPool<bool>.Shared.Return(_questionSentence);
        ArrayPool<ulong>.Shared.Return(_known);
        ArrayPool<ulong>.Shared.Return(_member);
        ArrayPool<ulong>.Shared.Return(_pairKnown);
        ArrayPool<ulong>.Shared.Return(_pairMember);
        ArrayPool<bool>.Shared.Return(_seen);
        _known = _member = _pairKnown = _pairMember = [];
        Folded = [];
        Tokens = [];
        _questionSentence = [];
        _seen = [];
    }

    /// <summary>Splits <paramref name="text"/> into tokens, clauses and sentences; see <see cref="PlainLookups"/>.</summary>
    public static ScannedText Scan(string text, bool plainLookups = false)
    {
        var scanned = new ScannedText(text, plainLookups);
        var folded = scanned.Folded;
        var foldAll = FoldAll;
        for (var i = 0; i < text.Length; i++) folded[i] = foldAll[text[i]];
        var classes = Classes;

        var tokens = scanned.Tokens;
        int count = 0, clause = 0, sentence = 0;
        var i2 = 0;
        while (i2 < text.Length)
        {
            var c = text[i2];
            var cls = classes[c];
            if ((cls & WordClass) == 0)
            {
                if ((cls & SentenceEndClass) != 0)
                {
                    // "do 10. prosince": the full stop of a Czech ordinal day before a month name ends no sentence.
                    if (c == '.' && count > 0 && IsOrdinalDay(text, folded, tokens[count - 1], i2)) { i2++; continue; }
                    if (count > 0 && tokens[count - 1].Sentence == sentence) { sentence++; clause++; }
                    if (c == '?' && count > 0) scanned._questionSentence[tokens[count - 1].Sentence] = true;
                }
                else if ((cls & ClauseBreakClass) != 0 && IsClauseBreak(text, i2))
                {
                    if (count > 0 && tokens[count - 1].Clause == clause) clause++;
                }
                i2++;
                continue;
            }
            var start = i2;
            i2++;
            while (i2 < text.Length)
            {
                var d = text[i2];
                if ((classes[d] & WordClass) != 0) { i2++; continue; }
                if (i2 + 1 < text.Length && IsJoiner(text[i2 - 1], d, text[i2 + 1])) { i2 += 2; continue; }
                break;
            }
            tokens[count++] = new Token { Start = start, Length = i2 - start, Clause = clause, Sentence = sentence };
        }
        scanned.Count = count;
        return scanned;
    }

    /// <summary>Czech month names in the genitive, folded: the only words that make "10." an ordinal day.</summary>
    private static readonly string[] MonthGenitives =
        ["ledna", "unora", "brezna", "dubna", "kvetna", "cervna", "cervence", "srpna", "zari", "rijna", "listopadu", "prosince"];

    /// <summary>True when the '.' at <paramref name="dot"/> follows a day number of one or two digits (the token
    /// <paramref name="last"/>, right before it) and, after spaces, a month name in the genitive ("10. prosince").</summary>
    private static bool IsOrdinalDay(string text, char[] folded, Token last, int dot)
    {
        if (last.Start + last.Length != dot || last.Length > 2) return false;
        for (var k = last.Start; k < dot; k++) if (!char.IsAsciiDigit(text[k])) return false;
        var at = dot + 1;
        if (at >= text.Length || text[at] != ' ') return false;
        while (at < text.Length && text[at] == ' ') at++;
        var end = at;
        while (end < text.Length && IsWordChar(text[end])) end++;
        if (end == at || (end < text.Length && IsJoinerAt(text, end))) return false;
        var word = folded.AsSpan(at, end - at);
        foreach (var month in MonthGenitives)
            if (word.SequenceEqual(month)) return true;
        return false;
    }

    private static bool IsJoinerAt(string text, int i) => i > 0 && i + 1 < text.Length && IsJoiner(text[i - 1], text[i], text[i + 1]);

    internal static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || (c >= '\u0300' && c <= '\u036F');

    /// <summary>Apostrophes and hyphens inside words (don't, e-mail, FV-2026-118); '.' and ',' inside numbers.</summary>
    private static bool IsJoiner(char before, char c, char after) => c switch
    {
        '\'' or '\u2019' or '\u02BC' => char.IsLetter(before) && char.IsLetter(after),
        '-' or '\u2011' => char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after),
        '.' or ',' => char.IsDigit(before) && char.IsDigit(after),
        _ => false,
    };

    private static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or ';' or '\n' or '\r' or '\u2026' or '\u2029';

    private static bool IsClauseBreak(string text, int i) => text[i] switch
    {
        ',' or ':' or '(' or ')' or '[' or ']' or '{' or '}' or '\u2013' or '\u2014' or '\u2022' => true,
        '-' => (i == 0 || char.IsWhiteSpace(text[i - 1])) && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])),
        _ => false,
    };

    // Declared first: FoldAll is built from it.
    private static readonly char[] FoldTable = BuildFoldTable();

    private const byte WordClass = 1, SentenceEndClass = 2, ClauseBreakClass = 4;

    /// <summary>For every UTF-16 unit: <see cref="IsWordChar"/>, <see cref="IsSentenceEnd"/>, and whether
    /// <see cref="IsClauseBreak"/> can be true for it — one load per character instead of Unicode category checks.</summary>
    private static readonly byte[] Classes = BuildClasses();

    private static byte[] BuildClasses()
    {
        var classes = new byte[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var ch = (char)c;
            if (IsWordChar(ch)) classes[c] |= WordClass;
            if (IsSentenceEnd(ch)) classes[c] |= SentenceEndClass;
            if (IsClauseBreak(" " + ch + " ", 1)) classes[c] |= ClauseBreakClass;
        }
        return classes;
    }

    /// <summary><see cref="Fold(char)"/> for every UTF-16 unit.</summary>
    private static readonly char[] FoldAll = BuildFoldAll();

    private static char[] BuildFoldAll()
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++) table[c] = Fold((char)c);
        return table;
    }


    private static char[] BuildFoldTable()
    {
        var table = new char[0x250];
        for (var c = 0; c < table.Length; c++)
        {
            var ch = (char)c;
            if (char.IsWhiteSpace(ch) && ch != '\n' && ch != '\r') { table[c] = ' '; continue; }
            var decomposed = ch.ToString().Normalize(NormalizationForm.FormD);
            table[c] = char.ToLowerInvariant(decomposed.Length > 0 ? decomposed[0] : ch);
        }
        return table;
    }

    /// <summary>Lower case, no diacritics, typographic apostrophes as ', every horizontal space as ' '.</summary>
    public static char Fold(char c)
    {
        if (c < FoldTable.Length) return FoldTable[c];
        if (c is '\u2019' or '\u2018' or '\u02BC') return '\'';
        if (c is '\u2011') return '-';
        if (char.IsWhiteSpace(c)) return ' ';
        return char.ToLowerInvariant(c);
    }

    /// <summary>Folds a lexicon entry the same way as the text.</summary>
    public static string Fold(string s) => string.Create(s.Length, s, static (span, src) =>
    {
        for (var i = 0; i < src.Length; i++) span[i] = Fold(src[i]);
    });
}
