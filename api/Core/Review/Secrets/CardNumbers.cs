using static OutlookExit.Core.Review.Secrets.SecretDetector;

namespace OutlookExit.Core.Review.Secrets;

/// <summary>Payment card numbers: a whole run of 13–19 digits, contiguous or grouped the way cards are printed
/// (4-4-4-4, 4-4-4-4-3, 4-6-5, 4-6-4) with one kind of separator (space, no-break space, '-'), an issuer prefix
/// of a card scheme and a valid Luhn check digit. IBANs, account numbers ("…/0100"), phone numbers, ISBNs and
/// amounts are none of these.</summary>
internal static class CardNumbers
{
    public static void Scan(string text, List<SecretMatch> found)
    {
        Span<int> groups = stackalloc int[8];
        Span<byte> digits = stackalloc byte[19];
        var i = 0;
        while (i < text.Length)
        {
            var hit = text.AsSpan(i).IndexOfAnyInRange('0', '9');
            if (hit < 0) return;
            var s = i + hit;
            // Read the whole run: digit groups joined by single separators of one kind.
            var count = 0;
            var total = 0;
            var separator = '\0';
            var k = s;
            var tooLong = false;
            while (true)
            {
                var g = k;
                while (k < text.Length && char.IsAsciiDigit(text[k]))
                {
                    if (total < digits.Length) digits[total] = (byte)(text[k] - '0');
                    total++;
                    k++;
                }
                if (count < groups.Length) groups[count] = k - g;
                count++;
                if (k + 1 < text.Length && text[k] is ' ' or '-' && char.IsAsciiDigit(text[k + 1])
                    && (separator == '\0' || separator == text[k]))
                {
                    separator = text[k];
                    k++;
                    continue;
                }
                break;
            }
            if (total > 19 || count > groups.Length) tooLong = true;
            i = k;
            if (tooLong || total < 13) continue;
            if (s > 0 && IsGlue(text[s - 1])) continue;                     // "CZ65 0800…", "+420…", "#375…"
            if (k < text.Length && (IsGlue(text[k]) || text[k] == '/' || (text[k] is '.' or ',' && k + 1 < text.Length && char.IsAsciiDigit(text[k + 1]))))
                continue;
            if (!CardGrouping(groups[..count], total)) continue;
            if (!IssuerPrefix(digits[..total]) || !Luhn(digits[..total])) continue;
            found.Add(new SecretMatch(s, k - s, SecretKind.Token, "card-number"));
        }
    }

    private static bool IsGlue(char c) => char.IsLetterOrDigit(c) || c is '+' or '/' or '#' or '_';

    private static bool CardGrouping(ReadOnlySpan<int> groups, int total)
    {
        if (groups.Length == 1) return true;
        if (groups.Length == 3 && groups[0] == 4 && groups[1] == 6 && groups[2] is 4 or 5) return true;
        for (var g = 0; g < groups.Length - 1; g++)
            if (groups[g] != 4) return false;
        return groups[^1] is >= 1 and <= 4 && total >= 13;
    }

    private static bool IssuerPrefix(ReadOnlySpan<byte> d)
    {
        var two = d[0] * 10 + d[1];
        var four = two * 100 + d[2] * 10 + d[3];
        return d[0] == 4                                    // Visa
            || two is >= 51 and <= 55                       // Mastercard
            || four is >= 2221 and <= 2720                  // Mastercard 2-series
            || two is 34 or 37                              // American Express
            || four == 6011 || two == 65 || (four / 10) is >= 644 and <= 649   // Discover
            || two == 35                                    // JCB
            || two is 36 or 38 || (four / 10) is >= 300 and <= 305;            // Diners Club
    }

    private static bool Luhn(ReadOnlySpan<byte> d)
    {
        var sum = 0;
        for (var k = 0; k < d.Length; k++)
        {
            int v = d[d.Length - 1 - k];
            if ((k & 1) == 1) { v *= 2; if (v > 9) v -= 9; }
            sum += v;
        }
        return sum % 10 == 0;
    }
}
