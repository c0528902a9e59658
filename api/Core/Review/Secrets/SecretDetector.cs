using System.Buffers;

namespace OutlookExit.Core.Review.Secrets;

/// <summary>Recognises text that looks like a password, API key, token or private key.</summary>
/// <remarks>Hand-written single-pass scanners (no regular expressions), so the cost stays linear on any input.
/// It errs on the side of precision: ordinary business text (invoice numbers, e-mail addresses, URLs without
/// credentials, a mention of "the password" without a value) is never flagged.</remarks>
public static class SecretDetector
{
    /// <summary>The first secret-looking span in <paramref name="text"/>, or null.</summary>
    public static (int Start, int Length)? Find(string text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var all = FindAll(text);
        return all.Count == 0 ? null : (all[0].Start, all[0].Length);
    }

    internal enum SecretKind { Password, Token, PrivateKey }

    internal readonly record struct SecretMatch(int Start, int Length, SecretKind Kind)
    {
        public int End => Start + Length;
    }

    /// <summary>Every secret-looking span, sorted by start, without overlaps.</summary>
    internal static IReadOnlyList<SecretMatch> FindAll(string text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        List<SecretMatch>? found = null;
        ScanPrivateKeys(text, ref found);
        ScanLabelledValues(text, ref found);
        ScanTokens(text, ref found);
        if (found is null) return [];
        found.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var result = new List<SecretMatch>(found.Count);
        foreach (var m in found)
        {
            if (result.Count > 0 && m.Start < result[^1].End) continue;
            result.Add(m);
        }
        return result;
    }

    private static void Add(ref List<SecretMatch>? list, int start, int length, SecretKind kind) =>
        (list ??= []).Add(new SecretMatch(start, length, kind));

    // ---- PEM private keys -------------------------------------------------------------------------

    private static void ScanPrivateKeys(string text, ref List<SecretMatch>? found)
    {
        const string Begin = "-----BEGIN ";
        var noEnd = false;
        var i = 0;
        while (i < text.Length)
        {
            var b = text.IndexOf(Begin, i, StringComparison.Ordinal);
            if (b < 0) return;
            var labelStart = b + Begin.Length;
            var window = Math.Min(64, text.Length - labelStart);
            var close = text.AsSpan(labelStart, window).IndexOf("-----", StringComparison.Ordinal);
            if (close < 0 || !text.AsSpan(labelStart, close).Contains("PRIVATE KEY", StringComparison.Ordinal))
            {
                i = labelStart;
                continue;
            }
            var afterHeader = labelStart + close + 5;
            var end = -1;
            if (!noEnd)
            {
                var e = text.IndexOf("-----END ", afterHeader, StringComparison.Ordinal);
                if (e < 0) noEnd = true;
                else
                {
                    var tailWindow = Math.Min(64, text.Length - (e + 9));
                    var tail = text.AsSpan(e + 9, tailWindow).IndexOf("-----", StringComparison.Ordinal);
                    end = tail < 0 ? e + 9 : e + 9 + tail + 5;
                }
            }
            if (end < 0)
            {
                // No END line: the key body runs to the next blank line (or the end of the text).
                var blank = text.IndexOf("\n\n", afterHeader, StringComparison.Ordinal);
                var blankCr = text.IndexOf("\r\n\r\n", afterHeader, StringComparison.Ordinal);
                if (blankCr >= 0 && (blank < 0 || blankCr < blank)) blank = blankCr;
                end = blank < 0 ? text.Length : blank;
            }
            Add(ref found, b, end - b, SecretKind.PrivateKey);
            i = end;
        }
    }

    // ---- "password: hunter2!", "heslo je Tajne123", "pwd=…", "api_key = …" ------------------------

    private static readonly string[] Labels =
    [
        "password", "passwords", "passwd", "pwd", "pass", "passcode", "passphrase",
        "heslo", "hesla", "heslem", "secret", "token", "apikey", "api_key", "api-key",
        "client_secret", "access_token", "auth_token", "secret_key", "private_key", "access_key",
    ];

    /// <summary>Where a password is kept, not the password: "password: 1Password".</summary>
    private static readonly string[] PlacesNotValues =
        ["1Password", "Bitwarden", "LastPass", "KeePass", "KeePassXC", "Dashlane", "Keeper", "NordPass", "Proton Pass", "Vaultwarden"];

    private static readonly string[] WordSeparators = ["is", "was", "je", "bylo", "zní", "zni"];

    private static readonly SearchValues<char> LabelChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-");

    private static bool IsLabelChar(char c) => LabelChars.Contains(c);

    private static readonly SearchValues<string> LabelNeedles = SearchValues.Create([.. Labels, "api"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Bit n set when some label is n characters long; bit (c - 'a') when some label starts with c.</summary>
    private static readonly ulong LabelLengths = Labels.Aggregate(0UL, static (m, l) => m | (1UL << l.Length));
    private static readonly uint LabelFirstLetters = Labels.Aggregate(0u, static (m, l) => m | (1u << (char.ToLowerInvariant(l[0]) - 'a')));

    private static bool IsLabel(ReadOnlySpan<char> word)
    {
        // Most words are not labels: rule them out by length and first letter before comparing.
        if (word.Length >= 64 || (LabelLengths & (1UL << word.Length)) == 0) return false;
        var first = (char)(word[0] | 0x20);
        if (first is < 'a' or > 'z' || (LabelFirstLetters & (1u << (first - 'a'))) == 0) return false;
        foreach (var label in Labels)
            if (word.Equals(label, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static void ScanLabelledValues(string text, ref List<SecretMatch>? found)
    {
        // Words are runs of label characters. Only a word that is a label (or "api") matters, and such a word
        // starts with one of LabelNeedles, so jump from one occurrence to the next instead of visiting every word.
        var i = 0;
        while (i < text.Length)
        {
            var hit = text.AsSpan(i).IndexOfAny(LabelNeedles);
            if (hit < 0) break;
            var s = i + hit;
            var run = text.AsSpan(s).IndexOfAnyExcept(LabelChars);
            // Ignoring case, a few non-ASCII letters match too ('ſ' is 's'); they are not part of a word here.
            if (run == 0) { i = s + 1; continue; }
            i = run < 0 ? text.Length : s + run;
            // Inside a word, not at its start (a word also starts where the previous value ended).
            if (hit > 0 && IsLabelChar(text[s - 1])) continue;
            // Only whole words: "compass:" must not count as "pass:". Non-ASCII letters glue too (Czech words).
            if (s > 0 && char.IsLetter(text[s - 1])) continue;
            if (i < text.Length && char.IsLetter(text[i])) continue;
            var word = text.AsSpan(s, i - s);
            var isLabel = IsLabel(word);
            // "API key: …" written as two words.
            if (!isLabel && word.Equals("api", StringComparison.OrdinalIgnoreCase))
            {
                var k = i;
                while (k < text.Length && text[k] == ' ') k++;
                if (k + 3 <= text.Length && text.AsSpan(k, 3).Equals("key", StringComparison.OrdinalIgnoreCase)
                    && (k + 3 == text.Length || !char.IsLetter(text[k + 3])))
                {
                    isLabel = true;
                    i = k + 3;
                }
            }
            if (!isLabel) continue;
            // "pass" is a label only in "pass=…" (connection strings), not in "boarding pass: AB1234".
            if (word.Equals("pass", StringComparison.OrdinalIgnoreCase))
            {
                var k = i;
                while (k < text.Length && text[k] == ' ') k++;
                if (k >= text.Length || text[k] != '=') continue;
            }
            var valueStart = FindValueAfterLabel(text, i);
            if (valueStart < 0) continue;
            if (TryReadValue(text, valueStart, out var vs, out var vl))
            {
                Add(ref found, vs, vl, SecretKind.Password);
                i = vs + vl;
            }
        }
    }

    /// <summary>After a label: up to three short words, then ':' / '=' / "is" / "je", then the value.</summary>
    private static int FindValueAfterLabel(string text, int i)
    {
        var words = 0;
        var limit = Math.Min(text.Length, i + 60);
        while (i < limit)
        {
            var c = text[i];
            if (c == ' ' || c == '\t') { i++; continue; }
            if (words == 0 && IsOpeningQuote(c)) return i;                   // heslo „Tajne123“
            if (c == ':' || c == '=' || c == '\uFF1A')
            {
                // "=>" / "==" / "::" are not a value separator in prose, but "pwd==x" is rare enough to ignore.
                i++;
                while (i < text.Length && (text[i] == ' ' || text[i] == '\t')) i++;
                return i < text.Length ? i : -1;
            }
            if (char.IsLetter(c))
            {
                var s = i;
                while (i < limit && (char.IsLetter(text[i]) || text[i] == '\'')) i++;
                var w = text.AsSpan(s, i - s);
                foreach (var sep in WordSeparators)
                {
                    if (!w.Equals(sep, StringComparison.OrdinalIgnoreCase)) continue;
                    while (i < text.Length && (text[i] == ' ' || text[i] == '\t')) i++;
                    if (i < text.Length && text[i] is ':' or '=') i++;       // "the password is: …"
                    while (i < text.Length && (text[i] == ' ' || text[i] == '\t')) i++;
                    return i < text.Length ? i : -1;
                }
                if (++words > 3) return -1;
                continue;
            }
            return -1;
        }
        return -1;
    }

    private static bool IsOpeningQuote(char c) => c is '"' or '\'' or '`' or '\u201C' or '\u201E' or '\u2018' or '\u201A' or '\u00AB';
    private static bool IsClosingQuote(char c) => c is '"' or '\'' or '`' or '\u201D' or '\u201C' or '\u2019' or '\u2018' or '\u00BB';

    /// <summary>"pwd=Xy7;user=app": a ';' followed by another "key=" ends the value in a connection string.</summary>
    private static bool StartsNextSetting(string text, int i, int limit)
    {
        if (text[i] != ';') return false;
        for (var k = i + 1; k < limit && !char.IsWhiteSpace(text[k]) && text[k] != ';'; k++)
            if (text[k] == '=') return k > i + 1;
        return false;
    }

    private static bool TryReadValue(string text, int i, out int start, out int length)
    {
        start = length = 0;
        var quoted = IsOpeningQuote(text[i]);
        if (quoted) i++;
        var s = i;
        var limit = Math.Min(text.Length, s + 200);
        while (i < limit && !char.IsWhiteSpace(text[i]) && !(quoted && IsClosingQuote(text[i])) && !(!quoted && StartsNextSetting(text, i, limit))) i++;
        var e = i;
        if (!quoted)
            while (e > s && text[e - 1] is '.' or ',' or ';' or ')' or ':' or '"' or '\'' or '\u201D' or '\u2019') e--;
        var value = text.AsSpan(s, e - s);
        if (value.Length < 4 || value.Length > 128) return false;
        if (value[0] is '<' or '[' or '{' or '(') return false;             // placeholders: <redacted>, {password}
        if (value.Contains("://", StringComparison.Ordinal)) return false;   // a link to where it is kept
        foreach (var place in PlacesNotValues)                               // "password: 1Password"
            if (value.Equals(place, StringComparison.OrdinalIgnoreCase)) return false;
        bool letterOrDigit = false, digit = false, symbol = false, upperInside = false;
        for (var k = 0; k < value.Length; k++)
        {
            var c = value[k];
            if (char.IsDigit(c)) { digit = true; letterOrDigit = true; }
            else if (char.IsLetter(c)) { letterOrDigit = true; if (k > 0 && char.IsUpper(c)) upperInside = true; }
            else if (!char.IsSurrogate(c)) symbol = true;
        }
        if (!letterOrDigit) return false;                                   // "********"
        if (!(digit || symbol || upperInside)) return false;                // a plain word: "password is stored"
        start = s;
        length = e - s;
        return true;
    }

    // ---- API keys, tokens, JWTs, bearer tokens, credentials in URLs -------------------------------

    private static readonly (string Prefix, int MinLength)[] KnownPrefixes =
    [
        ("sk-", 20), ("sk_live_", 20), ("sk_test_", 20), ("rk_live_", 20), ("ghp_", 30), ("gho_", 30), ("ghu_", 30),
        ("ghs_", 30), ("ghr_", 30), ("github_pat_", 30), ("xoxb-", 15), ("xoxp-", 15), ("xoxa-", 15),
        ("xoxr-", 15), ("xoxs-", 15), ("glpat-", 20), ("npm_", 30), ("AIza", 30), ("SG.", 30), ("hf_", 30),
        ("shpat_", 30), ("pypi-", 30),
    ];

    private static readonly bool[] TokenChars = BuildAsciiTable("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+/=.~");

    private static bool[] BuildAsciiTable(string chars)
    {
        var table = new bool[128];
        foreach (var c in chars) table[c] = true;
        return table;
    }

    private static bool IsTokenChar(char c) => c < 128 && TokenChars[c];

    private static void ScanTokens(string text, ref List<SecretMatch>? found)
    {
        var i = 0;
        var previousWasBearer = false;
        while (i < text.Length)
        {
            if (!IsTokenChar(text[i])) { i++; continue; }
            var s = i;
            while (i < text.Length && IsTokenChar(text[i])) i++;
            // Glued to a non-ASCII letter: part of a word (Czech), not a token.
            if ((s > 0 && char.IsLetter(text[s - 1])) || (i < text.Length && char.IsLetter(text[i])))
            {
                previousWasBearer = false;
                continue;
            }
            if (i + 2 < text.Length && text[i] == ':' && text[i + 1] == '/' && text[i + 2] == '/')
            {
                i = ScanUrl(text, i + 3, ref found);
                previousWasBearer = false;
                continue;
            }
            var e = i;
            while (e > s && text[e - 1] is '.' or '-' or '/') e--;
            var run = text.AsSpan(s, e - s);
            var nearAt = (s > 0 && text[s - 1] == '@') || (i < text.Length && text[i] == '@');
            if (run.Length == 0) { previousWasBearer = false; continue; }
            if (!nearAt && (LooksLikeKnownToken(run) || (previousWasBearer && LooksLikeBearerValue(run)) || LooksRandom(run)))
                Add(ref found, s, run.Length, SecretKind.Token);
            previousWasBearer = run.Equals("Bearer", StringComparison.OrdinalIgnoreCase) && i < text.Length && text[i] == ' ';
        }
    }

    /// <summary>Skips a URL; flags the password in "scheme://user:password@host".</summary>
    private static int ScanUrl(string text, int i, ref List<SecretMatch>? found)
    {
        var authorityStart = i;
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('/' or '?' or '#' or '<' or '>' or '"' or '\'')) i++;
        var authority = text.AsSpan(authorityStart, i - authorityStart);
        var at = authority.LastIndexOf('@');
        if (at > 0)
        {
            var colon = authority[..at].IndexOf(':');
            if (colon >= 0 && colon + 1 < at)
                Add(ref found, authorityStart + colon + 1, at - colon - 1, SecretKind.Password);
        }
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('<' or '>' or '"')) i++;
        return i;
    }

    private static bool LooksLikeKnownToken(ReadOnlySpan<char> run)
    {
        if (run.Length < 15) return false;
        if (IsJwt(run)) return true;
        if (run.Length == 20 && (run.StartsWith("AKIA", StringComparison.Ordinal) || run.StartsWith("ASIA", StringComparison.Ordinal)))
        {
            foreach (var c in run) if (!(char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c))) return false;
            return true;
        }
        foreach (var (prefix, min) in KnownPrefixes)
        {
            if (run.Length < min || !run.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var rest = run[prefix.Length..];
            bool letter = false, digit = false;
            foreach (var c in rest)
            {
                if (char.IsAsciiDigit(c)) digit = true;
                else if (char.IsAsciiLetter(c)) letter = true;
            }
            if (letter && digit) return true;
        }
        return false;
    }

    private static bool IsJwt(ReadOnlySpan<char> run)
    {
        if (!run.StartsWith("eyJ", StringComparison.Ordinal)) return false;
        var first = run.IndexOf('.');
        if (first < 10) return false;
        var rest = run[(first + 1)..];
        if (!rest.StartsWith("eyJ", StringComparison.Ordinal)) return false;
        var second = rest.IndexOf('.');
        return second >= 10 && rest.Length - second - 1 >= 0;
    }

    private static bool LooksLikeBearerValue(ReadOnlySpan<char> run)
    {
        if (run.Length < 16) return false;
        bool letter = false, digit = false;
        foreach (var c in run)
        {
            if (char.IsAsciiDigit(c)) digit = true;
            else if (char.IsAsciiLetter(c)) letter = true;
        }
        return letter && digit;
    }

    /// <summary>A long string that mixes lower case, upper case and digits the way generated keys do,
    /// rather than the way words, CamelCase names, paths or invoice numbers do: few word-like stretches
    /// (an optional capital and three or more lower-case letters) and frequent changes of character class.</summary>
    private static bool LooksRandom(ReadOnlySpan<char> run)
    {
        if (run.Length < 20 || run.Contains('.')) return false;
        int lower = 0, upper = 0, digit = 0, transitions = 0, lowerRun = 0, wordish = 0;
        var previousClass = -1;
        var capitalBeforeRun = false;
        for (var k = 0; k <= run.Length; k++)
        {
            var cls = k == run.Length ? 4
                : char.IsAsciiLetterLower(run[k]) ? 0
                : char.IsAsciiLetterUpper(run[k]) ? 1
                : char.IsAsciiDigit(run[k]) ? 2 : 3;
            if (cls == 0)
            {
                if (lowerRun == 0) capitalBeforeRun = previousClass == 1;
                lowerRun++;
                lower++;
            }
            else
            {
                if (lowerRun >= 3) wordish += lowerRun + (capitalBeforeRun ? 1 : 0);
                lowerRun = 0;
                if (cls == 1) upper++;
                else if (cls == 2) digit++;
            }
            if (k == run.Length) break;
            if (previousClass >= 0 && cls != previousClass) transitions++;
            previousClass = cls;
        }
        return lower >= 2 && upper >= 2 && (digit >= 2 || (digit >= 1 && run.Length >= 30))
            && wordish * 2 < run.Length
            && transitions * 10 >= run.Length * 3;
    }
}
