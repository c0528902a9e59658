using static OutlookExit.Core.Review.Secrets.SecretDetector;

namespace OutlookExit.Core.Review.Secrets;

/// <summary>Secrets without a vendor prefix, found by their shape in each run of token characters outside links
/// and public key blocks: JWTs (the header decodes to JSON), Discord bot tokens, the value after
/// <c>Bearer</c> / <c>Basic</c> (the Basic value decodes to "user:password"), the password in <c>curl -u user:pass</c>,
/// "login alex / Xy7!abc", and long strings that mix cases and digits the way generated keys do.</summary>
internal static class LooseTokens
{
    private static readonly bool[] TokenChars = Table("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+/=.~");

    private static bool[] Table(string chars)
    {
        var table = new bool[128];
        foreach (var c in chars) table[c] = true;
        return table;
    }

    private static bool IsTokenChar(char c) => c < 128 && TokenChars[c];

    public static void Scan(string text, List<SecretMatch> found, List<(int Start, int End)> skip)
    {
        skip.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        var nextSkip = 0;
        var i = 0;
        var previous = Previous.None;
        var previousEnd = 0;
        while (i < text.Length)
        {
            while (nextSkip < skip.Count && skip[nextSkip].End <= i) nextSkip++;
            if (nextSkip < skip.Count && skip[nextSkip].Start <= i)
            {
                i = skip[nextSkip].End;
                previous = Previous.None;
                continue;
            }
            if (!IsTokenChar(text[i])) { i++; continue; }
            var s = i;
            var runLimit = nextSkip < skip.Count ? Math.Min(text.Length, skip[nextSkip].Start) : text.Length;
            while (i < runLimit && IsTokenChar(text[i])) i++;
            var was = previous;
            var gap = s - previousEnd;
            previous = Previous.None;
            previousEnd = i;
            // Glued to a non-ASCII letter: part of a word (Czech), not a token.
            if ((s > 0 && char.IsLetter(text[s - 1])) || (i < text.Length && char.IsLetter(text[i]))) continue;
            var e = i;
            while (e > s && text[e - 1] is '.' or '-' or '/' or ',') e--;
            if (e == s) continue;
            var run = text.AsSpan(s, e - s);
            if ((s > 0 && text[s - 1] == '@') || (i < text.Length && text[i] == '@')) continue;   // e-mail addresses, Message-IDs
            if (run.Length < 20 && was == Previous.None)
            {
                // Short runs matter only as the word before a value.
                previous = run.Length switch
                {
                    2 when run[0] == '-' && run[1] == 'u' => Previous.CurlUser,
                    5 when run.Equals("Basic", StringComparison.OrdinalIgnoreCase) => Previous.Basic,
                    6 when run.Equals("Bearer", StringComparison.OrdinalIgnoreCase) => Previous.Bearer,
                    6 when run.Equals("--user", StringComparison.Ordinal) => Previous.CurlUser,
                    > 6 when run[0] is 's' or 'e' && IsPublicKeyType(run) => Previous.PublicKeyType,
                    _ => Previous.None,
                };
                continue;
            }
            if (run.Length is 5 or 6 && (run.Equals("Bearer", StringComparison.OrdinalIgnoreCase) || run.Equals("Basic", StringComparison.OrdinalIgnoreCase)))
            {
                previous = run.Length == 6 ? Previous.Bearer : Previous.Basic;
                continue;
            }
            if (run[0] is 's' or 'e' && IsPublicKeyType(run)) { previous = Previous.PublicKeyType; continue; }
            if (was == Previous.PublicKeyType && gap == 1) continue;
            if (was == Previous.Bearer && gap <= 2 && LooksLikeBearerValue(run))
                found.Add(new SecretMatch(s, run.Length, SecretKind.Token, "bearer"));
            else if (was == Previous.Basic && gap <= 2 && IsBasicCredentials(run))
                found.Add(new SecretMatch(s, run.Length, SecretKind.Password, "basic-auth"));
            else if (IsJwt(run) || IsDiscordBotToken(run) || LooksRandom(run))
                found.Add(new SecretMatch(s, run.Length, SecretKind.Token, "token-shape"));
            else if (was == Previous.CurlUser && gap <= 2) CurlUser(text, s, found);
        }
        CurlUserQuoted(text, found);
        LoginPairs.Scan(text, found);
    }

    private enum Previous { None, Bearer, Basic, CurlUser, PublicKeyType }

    private static bool IsPublicKeyType(ReadOnlySpan<char> run) =>
        run.StartsWith("ssh-", StringComparison.Ordinal) || run.StartsWith("ecdsa-sha2-", StringComparison.Ordinal)
        || run.StartsWith("sk-ssh-", StringComparison.Ordinal) || run.StartsWith("sk-ecdsa-", StringComparison.Ordinal);

    /// <summary>curl -u deploy:Xy7pQ2 (unquoted): the part after the first ':'.</summary>
    private static void CurlUser(string text, int s, List<SecretMatch> found)
    {
        var e = s;
        while (e < text.Length && !char.IsWhiteSpace(text[e]) && text[e] is not ('"' or '\'')) e++;
        var colon = text.AsSpan(s, e - s).IndexOf(':');
        if (colon <= 0 || s + colon + 1 >= e) return;
        var pass = text.AsSpan(s + colon + 1, e - s - colon - 1);
        if (pass.Length >= 3 && !Values.IsPlaceholder(pass))
            found.Add(new SecretMatch(s + colon + 1, pass.Length, SecretKind.Password, "curl-user"));
    }

    private static readonly System.Buffers.SearchValues<string> UserFlags =
        System.Buffers.SearchValues.Create([" -u", " --user"], StringComparison.Ordinal);

    /// <summary>curl -u "deploy:Xy7pQ2" / --user 'a:b' (quoted, so the run scanner does not see it whole). Each
    /// "curl" opens a window of 400 characters; windows do not overlap, and each flag is looked at once.</summary>
    private static void CurlUserQuoted(string text, List<SecretMatch> found)
    {
        var i = 0;
        while (i < text.Length)
        {
            var hit = text.IndexOf("curl", i, StringComparison.Ordinal);
            if (hit < 0) return;
            var limit = Math.Min(text.Length, hit + 400);
            var k = hit + 4;
            while (k < limit)
            {
                var at = text.AsSpan(k, limit - k).IndexOfAny(UserFlags);
                if (at < 0) break;
                var v = k + at + (text[k + at + 2] == 'u' ? 3 : 7);
                while (v < limit && text[v] is ' ' or '=') v++;
                if (v < limit && text[v] is '"' or '\'')
                {
                    var quote = text[v];
                    var close = text.AsSpan(v + 1, Math.Min(200, text.Length - v - 1)).IndexOf(quote);
                    if (close > 0)
                    {
                        var inner = text.AsSpan(v + 1, close);
                        var colon = inner.IndexOf(':');
                        if (colon > 0 && colon + 1 < inner.Length && inner.Length - colon - 1 >= 3 && !Values.IsPlaceholder(inner[(colon + 1)..]))
                            found.Add(new SecretMatch(v + 2 + colon, inner.Length - colon - 1, SecretKind.Password, "curl-user"));
                    }
                }
                k = Math.Max(v, k + at + 3);
            }
            i = limit;
        }
    }

    private static bool LooksLikeBearerValue(ReadOnlySpan<char> run)
    {
        if (run.Length < 16 || Values.IsPlaceholder(run)) return false;
        return Values.Mixes(run);
    }

    /// <summary>Base64 of "user:password".</summary>
    private static bool IsBasicCredentials(ReadOnlySpan<char> run)
    {
        if (run.Length < 8 || run.Length > 400) return false;
        Span<byte> bytes = stackalloc byte[300];
        if (!Convert.TryFromBase64Chars(run, bytes, out var n)) return false;
        var decoded = bytes[..n];
        var colon = decoded.IndexOf((byte)':');
        if (colon <= 0 || colon == n - 1) return false;
        foreach (var b in decoded) if (b < 0x20 || b == 0x7F) return false;
        return true;
    }

    private static bool IsJwt(ReadOnlySpan<char> run)
    {
        if (!run.StartsWith("eyJ", StringComparison.Ordinal)) return false;
        var first = run.IndexOf('.');
        if (first < 10) return false;
        var rest = run[(first + 1)..];
        if (!rest.StartsWith("eyJ", StringComparison.Ordinal)) return false;
        var second = rest.IndexOf('.');
        if (second < 10) return false;
        return DecodesToJsonObject(run[..first]);
    }

    private static bool DecodesToJsonObject(ReadOnlySpan<char> part)
    {
        if (part.Length > 2000) return true;
        Span<char> padded = stackalloc char[part.Length + 4];
        var n = 0;
        foreach (var c in part) padded[n++] = c switch { '-' => '+', '_' => '/', _ => c };
        while (n % 4 != 0) padded[n++] = '=';
        Span<byte> bytes = stackalloc byte[n];
        if (!Convert.TryFromBase64Chars(padded[..n], bytes, out var written)) return false;
        var json = bytes[..written].TrimStart(" \t\r\n"u8);
        return json.Length > 2 && json[0] == '{' && json[1] == '"';
    }

    /// <summary>Discord bot tokens: [MNO] + 23–27, '.', 6–7, '.', 27–40 characters of [A-Za-z0-9_-].</summary>
    private static bool IsDiscordBotToken(ReadOnlySpan<char> run)
    {
        if (run.Length < 58 || run[0] is not ('M' or 'N' or 'O')) return false;
        var a = run.IndexOf('.');
        if (a is < 24 or > 28) return false;
        var rest = run[(a + 1)..];
        var b = rest.IndexOf('.');
        if (b is < 6 or > 7) return false;
        var last = rest[(b + 1)..];
        if (last.Length is < 27 or > 40 || last.Contains('.')) return false;
        foreach (var c in run) if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.')) return false;
        return Values.Mixes(last);
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
            && transitions * 10 >= run.Length * 3
            && !Values.IsDocumentationExample(run);
    }
}
