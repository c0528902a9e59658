namespace OutlookExit.Core.Review.Secrets;

/// <summary>Tests on a candidate value: does it look like a password or a generated key, or like a placeholder,
/// a word or a reference to where the secret is kept?</summary>
internal static class Values
{
    [Flags]
    public enum Classes { None = 0, Lower = 1, Upper = 2, Digit = 4, Symbol = 8, OtherLetter = 16 }

    public static Classes ClassesOf(ReadOnlySpan<char> value)
    {
        var c = Classes.None;
        foreach (var ch in value)
        {
            if (char.IsAsciiLetterLower(ch)) c |= Classes.Lower;
            else if (char.IsAsciiLetterUpper(ch)) c |= Classes.Upper;
            else if (char.IsAsciiDigit(ch)) c |= Classes.Digit;
            else if (char.IsLetter(ch)) c |= char.IsUpper(ch) ? Classes.Upper : Classes.Lower;
            else if (!char.IsSurrogate(ch) && !char.IsWhiteSpace(ch)) c |= Classes.Symbol;
        }
        return c;
    }

    public static int Count(Classes c) => System.Numerics.BitOperations.PopCount((uint)(c & ~Classes.OtherLetter));

    /// <summary>At least two of lower case, upper case and digits (generated tokens do; words and numbers do not).</summary>
    public static bool Mixes(ReadOnlySpan<char> body)
    {
        var c = ClassesOf(body) & (Classes.Lower | Classes.Upper | Classes.Digit);
        return Count(c) >= 2;
    }

    /// <summary>Vendor documentation keys (<c>AKIAIOSFODNN7EXAMPLE</c>) and sample values.</summary>
    public static bool IsDocumentationExample(ReadOnlySpan<char> value) =>
        value.Contains("EXAMPLE", StringComparison.Ordinal)
        || (value.Contains("example", StringComparison.OrdinalIgnoreCase) && !value.Contains("example.", StringComparison.OrdinalIgnoreCase));

    private static readonly string[] PlaceholderWords =
    [
        "password", "passwd", "heslo", "secret", "token", "changeme", "change-me", "changeit", "redacted", "hidden",
        "removed", "placeholder", "null", "none", "undefined", "empty", "true", "false", "xxx", "xxxx", "xxxxxx",
        "dummy", "sample", "your-password", "yourpassword", "your_password", "mypassword", "tbd", "n/a",
    ];

    /// <summary>Where a password is kept, not the password: "password: 1Password".</summary>
    private static readonly string[] PlacesNotValues =
        ["1Password", "Bitwarden", "LastPass", "KeePass", "KeePassXC", "Dashlane", "Keeper", "NordPass", "Vaultwarden", "Keychain"];

    private static readonly System.Buffers.SearchValues<char> VariableChars =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_");

    /// <summary>${VAR}, $VAR, {{ x }}, &lt;your-key&gt;, %VAR%, ***, xxxx, "password", "your_api_key", …</summary>
    public static bool IsPlaceholder(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty) return true;
        var first = value[0];
        if (first is '{' or '<' or '[' or '(') return true;                                       // {password}, <redacted>, [hidden]
        if (value.Contains("{{", StringComparison.Ordinal) || value.Contains("${", StringComparison.Ordinal)
            || value.Contains("$(", StringComparison.Ordinal) || value.Contains("#{", StringComparison.Ordinal)) return true;
        // $VAR, %VAR%, @VAR@ — but "$ecret99", "%Kafe108", "@Falcon22" are passwords.
        if (first == '$' && value.Length > 1 && value[1..].IndexOfAnyExcept(VariableChars) < 0 && !value[1..].ContainsAnyInRange('a', 'z')) return true;
        if (first is '%' or '@' && value.Length > 2 && value[^1] == first && value[1..^1].IndexOfAnyExcept(VariableChars) < 0) return true;
        if (value.Contains("***", StringComparison.Ordinal) || value.Contains("•••", StringComparison.Ordinal)) return true;
        if (value.IndexOfAnyExcept(first) < 0) return true;                                        // "xxxxxxxx", "........"
        if (value.StartsWith("your", StringComparison.OrdinalIgnoreCase) || value.StartsWith("my_", StringComparison.OrdinalIgnoreCase)) return true;
        if (value.Contains("://", StringComparison.Ordinal)) return true;                          // a link to where it is kept
        if (IsDocumentationExample(value)) return true;
        foreach (var w in PlaceholderWords)
            if (value.Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
        foreach (var place in PlacesNotValues)
            if (value.Equals(place, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>A password after a label and a separator ("password: …", "heslo je …"): not a placeholder, has a
    /// letter, and is not a plain word — a digit, a symbol or a capital inside a mixed-case word.</summary>
    public static bool LooksLikePassword(ReadOnlySpan<char> value)
    {
        if (value.Length < 4 || value.Length > 128 || IsPlaceholder(value)) return false;
        bool letter = false, digit = false, symbol = false, lower = false, upperInside = false;
        for (var k = 0; k < value.Length; k++)
        {
            var c = value[k];
            if (char.IsDigit(c)) digit = true;
            else if (char.IsLetter(c))
            {
                letter = true;
                if (char.IsLower(c)) lower = true;
                else if (k > 0 && char.IsUpper(c)) upperInside = true;
            }
            else if (!char.IsSurrogate(c)) symbol = true;
        }
        if (!letter) return false;                                      // "2026", "15.01.2027", "********"
        if (digit || symbol) return !IsDateOrNumberLike(value);
        return upperInside && lower;                                     // "KeePass"-like words are listed above
    }

    /// <summary>A password right after its label word, without "is" or ':' ("…, password Brno+887"): it must be
    /// unmistakable — three kinds of characters out of lower case, upper case, digits and symbols, or letters
    /// and digits over at least eight characters, or a passphrase of three or more words joined by '-' or '.'.</summary>
    public static bool LooksLikeBarePassword(ReadOnlySpan<char> value)
    {
        if (value.Length is < 6 or > 64 || !LooksLikePassword(value)) return false;
        var c = ClassesOf(value);
        if (Count(c) >= 3) return true;
        if (value.Length >= 8 && (c & Classes.Digit) != 0 && (c & (Classes.Lower | Classes.Upper)) != 0) return true;
        return IsJoinedPassphrase(value);
    }

    /// <summary>"horse copper river tiger 93" (quoted after a password label): four or more words, 16 characters
    /// or more, and a digit or symbol, so that "in the vault" or "sent separately" stay words.</summary>
    public static bool IsSpacedPassphrase(ReadOnlySpan<char> value)
    {
        if (value.Length is < 16 or > 80 || IsPlaceholder(value)) return false;
        var words = value.Count(' ') + 1;
        var c = ClassesOf(value);
        return words >= 4 && (c & (Classes.Digit | Classes.Symbol)) != 0;
    }

    /// <summary>"tiger-river-copper-horse": three or more words of letters joined by '-' or '.', 15 characters or more.</summary>
    public static bool IsJoinedPassphrase(ReadOnlySpan<char> value)
    {
        if (value.Length < 15) return false;
        var words = 1;
        var run = 0;
        foreach (var ch in value)
        {
            if (ch is '-' or '.' or '_')
            {
                if (run < 2) return false;
                words++;
                run = 0;
            }
            else if (char.IsLetterOrDigit(ch)) run++;
            else return false;
        }
        return run >= 2 && words >= 3;
    }

    /// <summary>A generated key after a label ("api_key=…", "secret: …"): long enough, no placeholder, and it mixes
    /// kinds of characters the way keys do.</summary>
    public static bool LooksLikeKey(ReadOnlySpan<char> value)
    {
        if (value.Length < 8 || value.Length > 512 || IsPlaceholder(value)) return false;
        var c = ClassesOf(value);
        var alnum = Count(c & (Classes.Lower | Classes.Upper | Classes.Digit));
        if (alnum < 2) return false;
        if ((c & (Classes.Lower | Classes.Upper)) == 0) return false;    // numbers, dates, phone numbers
        if (alnum == 2 && (c & Classes.Digit) == 0 && value.Length < 16) return false;   // "OAuth", "GitHub"
        return !IsDateOrNumberLike(value);
    }

    /// <summary>"v2.3.1", "2026-12-01T10:00", "15.01.2027": digits with a letter or two, not a secret.</summary>
    private static bool IsDateOrNumberLike(ReadOnlySpan<char> value)
    {
        var letters = 0;
        foreach (var c in value) if (char.IsLetter(c)) letters++;
        return letters <= 1 && value.Length <= 25 && value.IndexOfAnyExcept("0123456789.:-/+TtVv ") < 0;
    }
}
