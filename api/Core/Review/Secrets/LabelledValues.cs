using System.Buffers;
using System.Text;
using System.Collections.Frozen;

using static OutlookExit.Core.Review.Secrets.SecretDetector;

namespace OutlookExit.Core.Review.Secrets;

/// <summary>A value after a label that names a secret: settings (<c>DB_PASSWORD=…</c>, <c>"apiKey": "…"</c>,
/// <c>password: …</c>, <c>&lt;password&gt;…&lt;/password&gt;</c>, <c>Password=…;</c>) and prose in English and Czech
/// ("the password for the site is now …", "heslo k Wi-Fi je …", "nové heslo zní …", "…, heslem …").
/// The label word is found by one multi-string search; the value must then pass a test for a password or a key,
/// so "Password: sent separately", "heslo pošlu zvlášť" or "Secret Santa 2026" pass.</summary>
internal static class LabelledValues
{
    private enum Label { None, Password, Key, Pass, KeyWord }

    private static readonly (string Kind, string Word)[] Words = LoadWords();

    /// <summary>How many words of each kind <c>Data/labels.tsv</c> holds (for tests).</summary>
    internal static IReadOnlyDictionary<string, int> WordCounts => Words.GroupBy(w => w.Kind).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>Parts of a label (an identifier is split at '_', '-', '.' and lower-to-upper case changes).</summary>
    private static readonly FrozenDictionary<string, Label> Parts = Words
        .Where(w => w.Kind is "password" or "pass" or "key" or "key-word")
        .ToFrozenDictionary(w => w.Word, w => w.Kind switch
        {
            "password" => Label.Password,
            "pass" => Label.Pass,
            "key" => Label.Key,
            _ => Label.KeyWord,
        }, StringComparer.OrdinalIgnoreCase);

    /// <summary>"key" names a secret only next to one of these ("api key", "ACCOUNT_KEY", "secret access key").</summary>
    private static readonly FrozenSet<string> KeyQualifiers = Set("key-qualifier");

    /// <summary>An identifier whose last part is one of these names something else: <c>client_id</c>,
    /// <c>password_reset</c>, <c>token_url</c>, <c>key_vault_name</c>, <c>public_key</c>.</summary>
    private static readonly FrozenSet<string> NotAValue = Set("not-a-value");

    /// <summary>Words between the label and the value that mean "is": "the password is now …", "heslo je …".</summary>
    private static readonly FrozenSet<string> Copulas = Set("copula");

    private static readonly FrozenSet<string> AfterCopula = Set("after-copula");

    // Span lookups, so that no word is copied into a string to be looked up.
    private static readonly FrozenDictionary<string, Label>.AlternateLookup<ReadOnlySpan<char>> PartsLookup = Parts.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KeyQualifiersLookup = KeyQualifiers.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotAValueLookup = NotAValue.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CopulasLookup = Copulas.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AfterCopulaLookup = AfterCopula.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>ASCII needles, searched ignoring case.</summary>
    private static readonly SearchValues<string> Needles = SearchValues.Create(
        Words.Where(w => w.Kind == "needle" && Ascii.IsValid(w.Word)).Select(w => w.Word).ToArray(), StringComparison.OrdinalIgnoreCase);

    private static FrozenSet<string> Set(string kind) =>
        Words.Where(w => w.Kind == kind).Select(w => w.Word).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static (string Kind, string Word)[] LoadWords()
    {
        string[] kinds = ["password", "pass", "key", "key-word", "key-qualifier", "not-a-value", "copula", "after-copula", "needle"];
        var words = new List<(string, string)>();
        var lineNumber = 0;
        foreach (var line in SecretData.Lines("labels.tsv"))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length != 2 || f[1].Length == 0 || !kinds.Contains(f[0]))
                throw new FormatException($"labels.tsv:{lineNumber}: expected one of {string.Join(", ", kinds)}, a tab and a word.");
            words.Add((f[0], f[1]));
        }
        return [.. words];
    }

    /// <summary>Non-ASCII needles ("íč" of "klíč") are searched on their own, case-sensitively: one non-ASCII needle
    /// would slow the case-insensitive search of all.</summary>
    private static readonly SearchValues<string> CzechNeedles = SearchValues.Create(
        Words.Where(w => w.Kind == "needle" && !Ascii.IsValid(w.Word)).Select(w => w.Word).ToArray(), StringComparison.Ordinal);

    /// <summary>Characters that may end a value: white space, closing quotes, ';' and '&lt;' (of "&lt;/password&gt;").</summary>
    private static readonly SearchValues<char> ValueStops =
        SearchValues.Create(" \t\r\n\v\f\u0085\"'`\u201D\u201C\u2019\u2018\u00BB\u00AB;<)]>");

    private static readonly SearchValues<char> ClosingQuotes = SearchValues.Create("\"'`\u201D\u201C\u2019\u2018\u00BB\u00AB");

    private static bool IsIdentifierChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '-' or '.';

    /// <summary><paramref name="links"/>: spans of links, sorted by start; their query parameters are judged by
    /// <see cref="Urls"/>, so a label word inside a link ("?pwd=" of a meeting link) is not a label here.</summary>
    public static void Scan(string text, List<SecretMatch> found, List<(int Start, int End)> links)
    {
        Scan(text, found, links, Needles);
        if (text.AsSpan().IndexOfAny(CzechNeedles) >= 0) Scan(text, found, links, CzechNeedles);
    }

    private static void Scan(string text, List<SecretMatch> found, List<(int Start, int End)> links, SearchValues<string> needles)
    {
        var i = 0;
        var nextLink = 0;
        while (i < text.Length)
        {
            var hit = text.AsSpan(i).IndexOfAny(needles);
            if (hit < 0) return;
            var p = i + hit;
            while (nextLink < links.Count && links[nextLink].End <= p) nextLink++;
            if (nextLink < links.Count && links[nextLink].Start <= p)
            {
                i = links[nextLink].End;
                continue;
            }
            // The identifier around the hit, never reaching back before the cursor (linear time).
            var s = p;
            while (s > i && IsIdentifierChar(text[s - 1])) s--;
            var e = p;
            while (e < text.Length && e - s < 80 && IsIdentifierChar(text[e])) e++;
            while (e > p && text[e - 1] is '.' or '-') e--;
            i = Math.Max(e, p + 1);
            var label = Classify(text.AsSpan(s, e - s), out var isIdentifier);
            if (label == Label.KeyWord)
            {
                // "api key", "secret access key", "MFA secret key": the word before qualifies it.
                label = QualifiedByPreviousWord(text, s) ? Label.Key : Label.None;
            }
            if (label == Label.None) continue;
            if (TryValue(text, s, e, label, isIdentifier, out var vs, out var ve))
            {
                found.Add(new SecretMatch(vs, ve - vs, label == Label.Key ? SecretKind.Token : SecretKind.Password,
                    label == Label.Key ? "labelled-key" : "labelled-password"));
                i = Math.Max(i, ve);
            }
        }
    }

    /// <summary>Whether a setting or query-parameter name such as <c>access-token</c>, <c>apiToken</c> or
    /// <c>DB_PASS</c> names a secret, and which value check applies.</summary>
    internal static bool NamesSecret(ReadOnlySpan<char> name, out bool password)
    {
        var label = Classify(name, out _);
        password = label is Label.Password or Label.Pass;
        return label is Label.Password or Label.Pass or Label.Key;
    }

    /// <summary>What an identifier names: split into parts, the strongest secret part wins; a trailing part
    /// such as <c>_id</c> or <c>_url</c> rules it out.</summary>
    private static Label Classify(ReadOnlySpan<char> word, out bool isIdentifier)
    {
        isIdentifier = false;
        Span<(int Start, int Length)> parts = stackalloc (int, int)[12];
        var n = 0;
        var k = 0;
        while (k < word.Length && n < parts.Length)
        {
            while (k < word.Length && word[k] is '_' or '-' or '.') k++;
            if (k >= word.Length) break;
            var start = k;
            k++;
            while (k < word.Length && word[k] is not ('_' or '-' or '.')
                   && !(char.IsUpper(word[k]) && char.IsLower(word[k - 1]))
                   && !(char.IsUpper(word[k]) && k + 1 < word.Length && char.IsLower(word[k + 1]) && char.IsUpper(word[k - 1])))
                k++;
            parts[n++] = (start, k - start);
        }
        if (n == 0 || k < word.Length) return Label.None;
        isIdentifier = n > 1;
        var last = word.Slice(parts[n - 1].Start, parts[n - 1].Length);
        if (n > 1 && NotAValueLookup.Contains(last)) return Label.None;
        var result = Label.None;
        var qualifiedKey = false;
        for (var j = 0; j < n; j++)
        {
            var part = word.Slice(parts[j].Start, parts[j].Length);
            if (j < n - 1 && part.Equals("public", StringComparison.OrdinalIgnoreCase)) return Label.None;
            if (!PartsLookup.TryGetValue(part, out var kind)) continue;
            if (kind == Label.KeyWord)
            {
                if (j > 0 && KeyQualifiersLookup.Contains(word.Slice(parts[j - 1].Start, parts[j - 1].Length))) qualifiedKey = true;
                else if (n == 1) result = result == Label.None ? Label.KeyWord : result;
                continue;
            }
            if (kind == Label.Pass) kind = n > 1 ? Label.Password : Label.Pass;
            if (result is Label.None or Label.KeyWord || kind == Label.Password) result = kind;
        }
        if (qualifiedKey && result is Label.None or Label.KeyWord) result = Label.Key;
        return result;
    }

    private static bool QualifiedByPreviousWord(string text, int s)
    {
        var k = s;
        while (k > 0 && text[k - 1] == ' ') k--;
        var e = k;
        while (k > 0 && char.IsLetterOrDigit(text[k - 1])) k--;
        return e > k && KeyQualifiersLookup.Contains(text.AsSpan(k, e - k));
    }

    private static bool IsOpeningQuote(char c) => c is '"' or '\'' or '`' or '\u201C' or '\u201E' or '\u2018' or '\u201A' or '\u00AB' or '\u00BB';
    private static bool IsClosingQuote(char c) => c is '"' or '\'' or '`' or '\u201D' or '\u201C' or '\u2019' or '\u2018' or '\u00BB' or '\u00AB';

    private static bool TryValue(string text, int labelStart, int labelEnd, Label label, bool isIdentifier, out int vs, out int ve)
    {
        vs = ve = 0;
        var i = labelEnd;
        var quotedLabel = labelStart > 0 && IsOpeningQuote(text[labelStart - 1]) && i < text.Length && IsClosingQuote(text[i]);
        if (quotedLabel) i++;
        // <password>value</password>
        if (labelStart > 0 && text[labelStart - 1] == '<' && i < text.Length && text[i] == '>')
        {
            var close = text.AsSpan(i + 1, Math.Min(200, text.Length - i - 1)).IndexOf('<');
            if (close <= 0) return false;
            return Accept(text, i + 1, i + 1 + close, label, bare: false, quoted: true, out vs, out ve);
        }
        var limit = Math.Min(text.Length, labelEnd + 80);
        var words = 0;
        while (i < limit)
        {
            var c = text[i];
            if (c is ' ' or '\t') { i++; continue; }
            if (c is '\u2014' or '\u2013' or '\u2192' || (c == '-' && i + 1 < text.Length && text[i + 1] == ' ' && i > 0 && text[i - 1] == ' '))
            {
                // "Temporary password — Xy7!abc", "heslo – Kava2026", "password → …".
                if (label == Label.Pass) return false;
                return ReadValue(text, i + 1, label, bare: false, out vs, out ve);
            }
            if (c is ':' or '=' || (c == '-' && i + 1 < text.Length && text[i + 1] == '>'))
            {
                // "=", ":", ":=", "=>", "==", "->"; then the value.
                i++;
                while (i < text.Length && text[i] is '=' or '>' or ':') i++;
                if (label == Label.Pass && c != '=' && !quotedLabel) return false;   // "Boarding pass: AB1234"
                if (ReadValue(text, i, label, bare: false, out vs, out ve)) return true;
                // Prose may go on after a colon: "Password reset: the new one is Xy7!abc".
                if (isIdentifier || quotedLabel || c != ':' || ++words > 6) return false;
                continue;
            }
            if (label == Label.Pass) return false;
            if (words == 0 && IsOpeningQuote(c))                                        // heslo „Tajne123“
                return ReadValue(text, i, label, bare: false, out vs, out ve);
            if (c == '(')
            {
                // "(secret access key)", "(ověřovací aplikace)": a short aside between label and separator.
                var close = text.AsSpan(i, Math.Min(50, text.Length - i)).IndexOf(')');
                if (close < 0 || ++words > 6) return false;
                i += close + 1;
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                var s = i;
                while (i < text.Length && i - s < 40 && (char.IsLetterOrDigit(text[i]) || (text[i] is '-' or '\'' or '.' or '’' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])))) i++;
                var word = text.AsSpan(s, i - s);
                if (words == 0 && !isIdentifier)
                {
                    // "…, password Brno+887", "s heslem Kava2026!": the value right after the label word.
                    var bareEnd = s;
                    while (bareEnd < text.Length && bareEnd - s < 70 && !char.IsWhiteSpace(text[bareEnd])) bareEnd++;
                    if (Accept(text, s, Trim(text, s, bareEnd), label, bare: true, quoted: false, out vs, out ve)) return true;
                }
                if (CopulasLookup.Contains(word))
                {
                    while (i < text.Length && text[i] == ' ') i++;
                    var w = i;
                    while (w < text.Length && char.IsLetter(text[w])) w++;
                    if (w > i && AfterCopulaLookup.Contains(text.AsSpan(i, w - i))) i = w;
                    while (i < text.Length && text[i] == ' ') i++;
                    if (i < text.Length && text[i] == ':') i++;
                    while (i < text.Length && text[i] == ' ') i++;
                    // "password to the server is …": a "to" or "na" that is not followed by the value is just a word.
                    if (ReadValue(text, i, label, bare: false, out vs, out ve)) return true;
                    if (++words > 6) return false;
                    continue;
                }
                if (++words > 6) return false;
                continue;
            }
            return false;
        }
        return false;
    }

    /// <summary>"pwd=Xy7;user=app": a ';' followed by another "key=" ends the value in a connection string.</summary>
    private static bool StartsNextSetting(string text, int i, int limit)
    {
        if (text[i] != ';') return false;
        for (var k = i + 1; k < limit && !char.IsWhiteSpace(text[k]) && text[k] != ';'; k++)
            if (text[k] == '=') return k > i + 1;
        return i + 1 >= limit || char.IsWhiteSpace(text[i + 1]);
    }

    private static bool ReadValue(string text, int i, Label label, bool bare, out int vs, out int ve)
    {
        vs = ve = 0;
        while (i < text.Length && text[i] is ' ' or '\t') i++;
        if (i >= text.Length) return false;
        var quoted = IsOpeningQuote(text[i]);
        var bracket = text[i] switch { '(' => ')', '[' => ']', '<' => '>', _ => '\0' };
        if (quoted || bracket != '\0') i++;
        var s = i;
        var limit = Math.Min(text.Length, s + 520);
        // Jump from one possible end of the value to the next (vectorised), then decide.
        while (i < limit)
        {
            var stop = text.AsSpan(i, limit - i).IndexOfAny(ValueStops);
            if (stop < 0) { i = limit; break; }
            i += stop;
            var c = text[i];
            if (char.IsWhiteSpace(c) || (quoted && IsClosingQuote(c)) || (bracket != '\0' && c == bracket) || StartsNextSetting(text, i, limit)
                || (c == '<' && i + 1 < limit && text[i + 1] == '/'))
                break;
            i++;
        }
        var e = (quoted && i < text.Length && IsClosingQuote(text[i])) || (bracket != '\0' && i < text.Length && text[i] == bracket)
            ? i : Trim(text, s, i);
        // A quoted passphrase of several words: "horse copper river tiger 93".
        if (quoted && label == Label.Password && i < text.Length && text[i] == ' ' && !Accept(text, s, e, label, bare, quoted, out _, out _))
        {
            var close = text.AsSpan(s, Math.Min(80, text.Length - s)).IndexOfAny(ClosingQuotes);
            if (close > 0 && Values.IsSpacedPassphrase(text.AsSpan(s, close)))
            {
                vs = s;
                ve = s + close;
                return true;
            }
        }
        // "<your-api-key>", "(viz správce hesel)": a bracketed value must itself pass, so placeholders stay placeholders.
        if (label == Label.Key && e - s >= 4 && IsTotpGroup(text, s, e)) e = ExtendTotpGroups(text, e);
        return Accept(text, s, e, label, bare, quoted, out vs, out ve);
    }

    /// <summary>Sentence punctuation after an unquoted value ('!' and '?' stay: passwords end in them).</summary>
    private static int Trim(string text, int s, int e)
    {
        while (e > s && text[e - 1] is '.' or ',' or ';' or ')' or ']' or ':' or '"' or '\'' or '\u201D' or '\u201C' or '\u2019' or '>' or '`') e--;
        return e;
    }

    /// <summary>Grouped TOTP seeds: "JBSW Y3DP EHPK 3PXP".</summary>
    private static bool IsTotpGroup(string text, int s, int e)
    {
        if (e - s != 4) return false;
        for (var k = s; k < e; k++) if (!(char.IsAsciiLetterUpper(text[k]) || text[k] is >= '2' and <= '7')) return false;
        return e + 5 <= text.Length && text[e] == ' ';
    }

    private static int ExtendTotpGroups(string text, int e)
    {
        while (e + 5 <= text.Length && text[e] == ' ')
        {
            var ok = true;
            for (var k = e + 1; k < e + 5; k++) if (!(char.IsAsciiLetterUpper(text[k]) || text[k] is >= '2' and <= '7')) ok = false;
            if (!ok || (e + 5 < text.Length && char.IsLetterOrDigit(text[e + 5]))) break;
            e += 5;
        }
        return e;
    }

    /// <summary>Whether the value between <paramref name="s"/> and <paramref name="e"/> passes the check its label calls for.</summary>
    private static bool Accept(string text, int s, int e, Label label, bool bare, bool quoted, out int vs, out int ve)
    {
        vs = s;
        ve = e;
        if (e <= s) return false;
        var value = text.AsSpan(s, e - s);
        if (label != Label.Key) return bare ? Values.LooksLikeBarePassword(value) : Values.LooksLikePassword(value);
        if (bare) return value.Length >= 12 && Values.LooksLikeKey(value);
        // A grouped TOTP seed ("JBSW Y3DP EHPK 3PXP", extended by ReadValue) is four or more groups.
        return Values.LooksLikeKey(value) || (value.Contains(' ') && value.Length >= 19);
    }
}
