using System.Buffers;

using static OutlookExit.Core.Review.Secrets.SecretDetector;

namespace OutlookExit.Core.Review.Secrets;

/// <summary>Credentials inside links: the password in <c>scheme://user:password@host</c> (any scheme: https,
/// ftp, postgres, mysql, mongodb+srv, redis, amqps, jdbc:…) and the values of query parameters that carry a
/// secret (<c>sig</c>, <c>api_key</c>, <c>token</c>, <c>password</c>, …), percent-decoded before they are judged.
/// Everything else in a link (shared-document ids, meeting passcodes such as <c>pwd=</c>) is left alone.</summary>
internal static class Urls
{
    /// <summary>Query parameters whose value is a secret, by kind of value check.</summary>
    private static readonly Dictionary<string, SecretKind> SecretParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sig"] = SecretKind.Token, ["signature"] = SecretKind.Token, ["api_key"] = SecretKind.Token,
        ["apikey"] = SecretKind.Token, ["api-key"] = SecretKind.Token, ["x-api-key"] = SecretKind.Token,
        ["key"] = SecretKind.Token, ["token"] = SecretKind.Token, ["access_token"] = SecretKind.Token,
        ["accesstoken"] = SecretKind.Token, ["auth_token"] = SecretKind.Token, ["refresh_token"] = SecretKind.Token,
        ["id_token"] = SecretKind.Token, ["private_token"] = SecretKind.Token, ["secret"] = SecretKind.Token,
        ["client_secret"] = SecretKind.Token, ["password"] = SecretKind.Password, ["passwd"] = SecretKind.Password,
        ["pass"] = SecretKind.Password,
    };

    private static readonly SearchValues<char> AuthorityEnd = SearchValues.Create("/?#<>\"'`()[]{}\\| \t\r\n");
    private static readonly SearchValues<char> UrlEnd = SearchValues.Create("<>\"'` \t\r\n\u201C\u201D\u201E\u2018\u2019\u00AB\u00BB");

    /// <summary>Every link (a scheme, "://", the rest); returns the link spans so other scans can skip them.</summary>
    public static void Scan(string text, List<SecretMatch> found, List<(int Start, int End)> links)
    {
        var i = 0;
        while (i < text.Length)
        {
            var hit = text.IndexOf("://", i, StringComparison.Ordinal);
            if (hit < 0) return;
            var schemeStart = hit;
            while (schemeStart > 0 && (char.IsAsciiLetterOrDigit(text[schemeStart - 1]) || text[schemeStart - 1] is '+' or '.' or '-' or ':')) schemeStart--;
            while (schemeStart < hit && !char.IsAsciiLetter(text[schemeStart])) schemeStart++;
            var authorityStart = hit + 3;
            var end = ScanOne(text, authorityStart, found);
            if (schemeStart < hit) links.Add((schemeStart, end));
            i = Math.Max(end, hit + 3);
        }
    }

    private static int ScanOne(string text, int authorityStart, List<SecretMatch> found)
    {
        var rest = text.AsSpan(authorityStart);
        var urlLength = rest.IndexOfAny(UrlEnd);
        if (urlLength < 0) urlLength = rest.Length;
        var urlEnd = authorityStart + urlLength;
        // Trailing punctuation belongs to the sentence: "…/upload).", "…/crm.", "…&sig=x%3D,".
        while (urlEnd > authorityStart && text[urlEnd - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '*') urlEnd--;
        var authorityLength = text.AsSpan(authorityStart, urlEnd - authorityStart).IndexOfAny(AuthorityEnd);
        var authorityEnd = authorityLength < 0 ? urlEnd : authorityStart + authorityLength;
        // The user-info may hold an unencoded '#', '?' or '[' of a password: look for '@' up to the first '/'.
        var userInfoWindow = text.AsSpan(authorityStart, Math.Min(urlEnd - authorityStart, 256));
        var slash = userInfoWindow.IndexOfAny('/', '\\');
        if (slash >= 0)
        {
            // An unencoded '/' in the password ("klient:Tyg/AQ1@ftp.example.cz"): user:password before the '/'
            // (not a port), and an '@' before the next '/'.
            var before = userInfoWindow[..slash];
            var c = before.IndexOf(':');
            var afterSlash = userInfoWindow[(slash + 1)..];
            var nextSlash = afterSlash.IndexOf('/');
            var afterSlashAt = (nextSlash < 0 ? afterSlash : afterSlash[..nextSlash]).IndexOf('@');
            var portOnly = c >= 0 && before[(c + 1)..].IndexOfAnyExceptInRange('0', '9') < 0;
            if (before.IndexOf('@') < 0 && c > 0 && !portOnly && afterSlashAt > 0 && before.IndexOfAny('?', '#') < 0)
                slash = slash + 1 + (nextSlash < 0 ? afterSlash.Length : nextSlash);
            userInfoWindow = userInfoWindow[..slash];
        }
        var atInWindow = userInfoWindow.LastIndexOf('@');
        if (atInWindow > authorityEnd - authorityStart)
        {
            // Only when what stands before the '@' reads as user:password, not "host:8080?u=alex@firma.cz".
            var colon = userInfoWindow.IndexOf(':');
            var user = colon < 0 ? userInfoWindow : userInfoWindow[..colon];
            var afterColon = colon < 0 ? default : userInfoWindow[(colon + 1)..];
            var digits = afterColon.IndexOfAnyExceptInRange('0', '9');
            var isPort = digits != 0 && (digits < 0 || afterColon[digits] is '?' or '#');
            if (colon > 0 && user.IndexOfAny('?', '#') < 0 && !isPort)
            {
                var afterAt = userInfoWindow[(atInWindow + 1)..];
                var hostEnd = afterAt.IndexOfAny(AuthorityEnd);
                authorityEnd = authorityStart + atInWindow + 1 + (hostEnd < 0 ? afterAt.Length : hostEnd);
            }
        }
        var authority = text.AsSpan(authorityStart, authorityEnd - authorityStart);
        var at = authority.LastIndexOf('@');
        if (at > 0)
        {
            var colon = authority[..at].IndexOf(':');
            if (colon >= 0 && colon + 1 < at)
            {
                var password = authority[(colon + 1)..at];
                if (!Values.IsPlaceholder(Decode(password)) && password.Length >= 3)
                    found.Add(new SecretMatch(authorityStart + colon + 1, at - colon - 1, SecretKind.Password, "url-userinfo"));
            }
        }
        var q = text.AsSpan(authorityEnd, urlEnd - authorityEnd).IndexOf('?');
        if (q >= 0) ScanQuery(text, authorityEnd + q + 1, urlEnd, found);
        return urlEnd;
    }

    private static void ScanQuery(string text, int start, int end, List<SecretMatch> found)
    {
        var hash = text.AsSpan(start, end - start).IndexOf('#');
        if (hash >= 0) end = start + hash;
        var p = start;
        while (p < end)
        {
            var amp = text.AsSpan(p, end - p).IndexOfAny('&', ';');
            var paramEnd = amp < 0 ? end : p + amp;
            var eq = text.AsSpan(p, paramEnd - p).IndexOf('=');
            if (eq > 0 && p + eq + 1 < paramEnd)
            {
                var rawName = text.AsSpan(p, eq);
                // Most parameters are short plain names that are not secret words: rule them out without a copy.
                if (rawName.IndexOfAny('%', '+') < 0 && !SecretParameterLookup.ContainsKey(rawName) && !MayNameASecret(rawName))
                {
                    p = paramEnd + 1;
                    continue;
                }
                var name = Decode(rawName);
                if (SecretParameters.TryGetValue(name, out var kind) || NamedLikeASecret(name, out kind))
                {
                    var valueStart = p + eq + 1;
                    var raw = text.AsSpan(valueStart, paramEnd - valueStart);
                    var value = Decode(raw);
                    var isSecret = kind == SecretKind.Password
                        ? Values.LooksLikePassword(value)
                        : Values.LooksLikeKey(value) && (value.Length >= 16 || !name.Equals("key", StringComparison.OrdinalIgnoreCase));
                    if (isSecret) found.Add(new SecretMatch(valueStart, raw.Length, kind, "url-query-" + name.ToLowerInvariant()));
                }
            }
            p = paramEnd + 1;
        }
    }

    private static readonly Dictionary<string, SecretKind>.AlternateLookup<ReadOnlySpan<char>> SecretParameterLookup =
        SecretParameters.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<string> SecretWords = SearchValues.Create(
        ["pass", "pwd", "secret", "token", "key", "sig", "auth", "cred", "hesl"], StringComparison.OrdinalIgnoreCase);

    private static bool MayNameASecret(ReadOnlySpan<char> name) => name.IndexOfAny(SecretWords) >= 0;

    /// <summary>Meeting passcodes (<c>pwd=</c> of a meeting link) are meant to be shared.</summary>
    private static readonly HashSet<string> SharedOnPurpose = new(StringComparer.OrdinalIgnoreCase) { "pwd", "passcode", "pw" };

    /// <summary>Other names: <c>access-token</c>, <c>apiToken</c>, <c>X-Amz-Signature</c>, <c>client_key</c>.</summary>
    private static bool NamedLikeASecret(string name, out SecretKind kind)
    {
        kind = SecretKind.Token;
        if (SharedOnPurpose.Contains(name)) return false;
        if (name.EndsWith("signature", StringComparison.OrdinalIgnoreCase) || name.EndsWith("-sig", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith("_sig", StringComparison.OrdinalIgnoreCase)) return true;
        if (!LabelledValues.NamesSecret(name, out var password)) return false;
        if (password) kind = SecretKind.Password;
        return true;
    }

    /// <summary>Percent-decoding of one URL part ("%2B" → '+'); malformed escapes stay as they are.</summary>
    internal static string Decode(ReadOnlySpan<char> s)
    {
        if (s.IndexOfAny('%', '+') < 0) return s.ToString();
        try
        {
            return Uri.UnescapeDataString(s.ToString());
        }
        catch (UriFormatException)
        {
            return s.ToString();
        }
    }
}
