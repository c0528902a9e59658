using System.Buffers;

using static OutlookExit.Core.Review.Secrets.SecretDetector;

namespace OutlookExit.Core.Review.Secrets;

/// <summary>"Use sarah.k / Pra&amp;y4o2Er?28 to log in", "my login is alex / Xy7!abc": a user name, a slash and a
/// password-like value, with a word about signing in nearby.</summary>
internal static class LoginPairs
{
    private static readonly SearchValues<string> LoginWords = SearchValues.Create(
        ["log in", "log into", "login", "log-in", "sign in", "sign-in", "signin", "username", "user name", "user:",
         "account", "přihl", "prihl", "uživatel", "uzivatel", "jméno", "jmeno", "účet", "ucet", "credentials", "údaje",
         "user", "password", "passwd", "heslo"],
        StringComparison.OrdinalIgnoreCase);

    public static void Scan(string text, List<SecretMatch> found)
    {
        var i = 0;
        while (i < text.Length)
        {
            var hit = text.IndexOf(" / ", i, StringComparison.Ordinal);
            if (hit < 0) return;
            i = hit + 3;
            // The user name before: one word of letters, digits, '.', '_', '-', '@'.
            var u = hit;
            while (u > 0 && hit - u < 64 && (char.IsLetterOrDigit(text[u - 1]) || text[u - 1] is '.' or '_' or '-' or '@')) u--;
            if (u == hit || (u > 0 && !char.IsWhiteSpace(text[u - 1]) && text[u - 1] is not (':' or '(' or '"' or '\'' or '„'))) continue;
            var vs = hit + 3;
            var ve = vs;
            while (ve < text.Length && ve - vs < 70 && !char.IsWhiteSpace(text[ve])) ve++;
            while (ve > vs && text[ve - 1] is '.' or ',' or ';' or ')' or '"' or '\'' or '“') ve--;
            var value = text.AsSpan(vs, ve - vs);
            if (!Values.LooksLikeBarePassword(value)) continue;
            var from = Math.Max(0, u - 60);
            var to = Math.Min(text.Length, ve + 60);
            if (text.AsSpan(from, to - from).IndexOfAny(LoginWords) < 0 && !text.AsSpan(from, u - from).TrimEnd().EndsWith("Use", StringComparison.OrdinalIgnoreCase)) continue;
            found.Add(new SecretMatch(vs, ve - vs, SecretKind.Password, "login-pair"));
            i = ve;
        }
    }
}
