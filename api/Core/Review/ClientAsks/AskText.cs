using System.Text;

namespace OutlookExit.Core.Review.ClientAsks;

/// <summary>A word of the message: a span of <see cref="AskText.Folded"/> plus its clause and sentence.</summary>
internal readonly record struct AskToken(int Start, int Length, int Clause, int Sentence);

/// <summary>A sentence: tokens [<see cref="First"/>, <see cref="End"/>), and whether it ends with a question mark.</summary>
internal readonly record struct AskSentence(int First, int End, bool Question);

/// <summary>The client's new text split into words, clauses and sentences in one linear pass. <see cref="Folded"/>
/// is the text lower-cased with diacritics removed and typographic apostrophes made plain, character for character.</summary>
internal sealed class AskText
{
    public char[] Folded { get; }
    public List<AskToken> Tokens { get; } = [];
    public List<AskSentence> Sentences { get; } = [];
    /// <summary>Per sentence: the last token that is a <c>but</c>-word (<see cref="ClauseWords"/>), or -1.</summary>
    public List<int> LastButWord { get; } = [];

    private static readonly char[] FoldTable = BuildFoldTable();

    private AskText(char[] folded) => Folded = folded;

    public ReadOnlySpan<char> Word(int token) => Folded.AsSpan(Tokens[token].Start, Tokens[token].Length);

    /// <summary>Words that start a new clause in either language.</summary>
    private static readonly HashSet<string> ClauseWords =
        new(["but", "though", "however", "although", "whereas", "otherwise", "ale", "avsak", "ovsem", "jenze", "jinak"], StringComparer.Ordinal);

    public static AskText Scan(string text, int length)
    {
        var folded = new char[length];
        for (var i = 0; i < length; i++) folded[i] = Fold(text[i]);
        var scanned = new AskText(folded);
        var clause = 0;
        var sentenceStart = 0;
        var clauseHasWords = false;
        var lastBut = -1;
        var lookup = ClauseWords.GetAlternateLookup<ReadOnlySpan<char>>();

        void EndSentence(bool question)
        {
            if (scanned.Tokens.Count > sentenceStart)
            {
                scanned.Sentences.Add(new AskSentence(sentenceStart, scanned.Tokens.Count, question));
                scanned.LastButWord.Add(lastBut >= sentenceStart ? lastBut : -1);
                sentenceStart = scanned.Tokens.Count;
            }
            if (clauseHasWords) clause++;
            clauseHasWords = false;
        }

        void EndClause()
        {
            if (clauseHasWords) clause++;
            clauseHasWords = false;
        }

        var i2 = 0;
        while (i2 < length)
        {
            var c = folded[i2];
            if (IsWordChar(c) && AddressEnd(folded, i2, length) is var addressEnd && addressEnd > i2)
            {
                // An e-mail address or a link is not words ("accounts@…", "www.example.org/stay"): skipped whole,
                // so its parts match no rule; punctuation after it is read as usual. Each character is looked at
                // at most twice, so the pass stays linear.
                i2 = addressEnd;
                continue;
            }
            if (IsWordChar(c))
            {
                var start = i2;
                while (i2 < length && (IsWordChar(folded[i2]) ||
                                       (folded[i2] == '\'' && i2 + 1 < length && char.IsLetter(folded[i2 + 1]) && i2 > start)))
                    i2++;
                var word = folded.AsSpan(start, i2 - start);
                var isBut = lookup.Contains(word);
                if (clauseHasWords && isBut) EndClause();
                if (isBut) lastBut = scanned.Tokens.Count;
                scanned.Tokens.Add(new AskToken(start, i2 - start, clause, scanned.Sentences.Count));
                clauseHasWords = true;
                continue;
            }
            switch (c)
            {
                case '€' or '£' or '$' or '%':
                    scanned.Tokens.Add(new AskToken(i2, 1, clause, scanned.Sentences.Count));
                    clauseHasWords = true;
                    break;
                case '?':
                    EndSentence(question: true);
                    break;
                case '!' or '\n' or '…':
                    EndSentence(question: false);
                    break;
                case '.':
                    if (EndsSentenceAt(folded, text, i2, length)) EndSentence(question: false);
                    break;
                case ',' or ';' or ':' or '(' or ')' or '—' or '–':
                    EndClause();
                    break;
                case '-':
                    if (i2 > 0 && i2 + 1 < length && char.IsWhiteSpace(folded[i2 - 1]) && char.IsWhiteSpace(folded[i2 + 1])) EndClause();
                    break;
            }
            i2++;
        }
        EndSentence(question: false);
        return scanned;
    }

    /// <summary>Where an e-mail address or a link that starts at <paramref name="i"/> ends (trailing punctuation
    /// left out), or <paramref name="i"/> when none starts there: a run of non-space characters that contains an
    /// <c>@</c> between word characters, <c>://</c>, or starts with <c>www.</c>. Only called at the start of a word.</summary>
    private static int AddressEnd(char[] folded, int i, int length)
    {
        if (i > 0 && !char.IsWhiteSpace(folded[i - 1]) && folded[i - 1] is not ('(' or '<' or '[' or '"' or '\'')) return i;
        var end = i;
        var address = false;
        while (end < length && !char.IsWhiteSpace(folded[end]) && folded[end] is not ('<' or '>' or '"' or ')' or ']'))
        {
            if (folded[end] == '@' && end > i && IsWordChar(folded[end - 1]) && end + 1 < length && IsWordChar(folded[end + 1])) address = true;
            else if (folded[end] == ':' && end + 2 < length && folded[end + 1] == '/' && folded[end + 2] == '/') address = true;
            end++;
        }
        if (!address && !(end - i > 4 && folded[i] == 'w' && folded[i + 1] == 'w' && folded[i + 2] == 'w' && folded[i + 3] == '.' && IsWordChar(folded[i + 4])))
            return i;
        while (end > i && folded[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'') end--;
        return end;
    }

    /// <summary>A full stop ends a sentence unless a lower-case word, a digit, a comma or a semicolon follows on the same
    /// line ("do 18. prosince", "č. 2026", "e.g. this", "18., nebo").</summary>
    private static bool EndsSentenceAt(char[] folded, string text, int i, int length)
    {
        var j = i + 1;
        if (j < length && IsWordChar(folded[j])) return false; // "e.g", "2.5", "www.example"
        while (j < length && (text[j] == ' ' || text[j] == '\t')) j++;
        if (j >= length) return true;
        var next = text[j];
        if (next is '?' or '!' or '.') return false; // "… být 31.?": the question mark ends it
        if (next is ',' or ';') return false; // "hned 18., nebo až v lednu?": a date, the clause goes on
        return !(char.IsLower(next) || char.IsDigit(next));
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) && !char.IsSurrogate(c);

    public static char Fold(char c) => c < FoldTable.Length ? FoldTable[c] : c switch
    {
        '\u2018' or '\u2019' or '\u02BC' or '\u2032' => '\'',
        _ => char.IsSurrogate(c) ? c : char.ToLowerInvariant(c),
    };

    private static char[] BuildFoldTable()
    {
        var table = new char[0x250];
        for (var c = 0; c < table.Length; c++)
        {
            var ch = (char)c;
            var lower = char.ToLowerInvariant(ch);
            var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
            table[c] = decomposed.Length > 0 && decomposed[0] < 0x250 && char.IsLetter(decomposed[0]) == char.IsLetter(lower)
                ? decomposed[0]
                : lower;
        }
        table['`'] = '\'';
        table['\u00B4'] = '\'';
        return table;
    }
}
