namespace OutlookExit.Core.Composition;

/// <summary>Legal-form suffixes of company names (Ltd, GmbH, s.r.o., a.s. …), which a greeting to the
/// company's team leaves out: "Northwind Logistics GmbH" → "Northwind Logistics".</summary>
public static class LegalForms
{
    // Compared without spaces and without a final dot; forms that are ordinary words in lower case
    // ("se", "ag", "ab", "sa") count only in capitals.
    private static readonly string[] AnyCase =
    [
        "ltd", "limited", "inc", "incorporated", "llc", "l.l.c", "llp", "l.l.p", "plc", "corp", "corporation", "co.ltd",
        "pty", "ptyltd", "pty.ltd", "gmbh", "gmbh&co.kg", "gmbh&co", "mbh", "e.v", "e.k", "kgaa", "ug", "ug(haftungsbeschränkt)",
        "s.r.o", "sr.o", "spol.sr.o", "spol.s.r.o", "a.s", "k.s", "v.o.s", "z.s", "o.p.s", "z.ú", "s.p", "družstvo",
        "sp.zo.o", "sp.z.o.o", "s.a", "s.l", "s.p.a", "spa", "s.r.l", "srl", "sarl", "s.a.r.l", "sas", "s.a.s", "b.v", "n.v",
        "oy", "oyj", "a/s", "aps", "kft", "zrt", "nyrt", "d.o.o", "ab(publ)",
    ];

    private static readonly string[] CapitalsOnly = ["AG", "SE", "KG", "OG", "AB", "SA", "BV", "NV", "LP", "AS", "ASA", "OÜ", "SIA", "UAB"];

    private static readonly HashSet<string> AnyCaseSet = new(AnyCase, StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> CapitalsSet = new(CapitalsOnly, StringComparer.Ordinal);
    private const int MaxWords = 5;

    /// <summary>The company name without its legal-form suffixes and the commas before them; the name itself
    /// when nothing would be left.</summary>
    public static string Strip(string company)
    {
        ArgumentNullException.ThrowIfNull(company);
        var words = company.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
        var changed = false;
        while (words.Count > 1)
        {
            var removed = 0;
            for (var n = Math.Min(MaxWords, words.Count - 1); n >= 1; n--)
            {
                var tail = string.Concat(words.Skip(words.Count - n)).TrimStart(',');
                if (IsLegalForm(tail)) { removed = n; break; }
            }
            if (removed == 0) break;
            words.RemoveRange(words.Count - removed, removed);
            words[^1] = words[^1].TrimEnd(',', ' ');
            if (words[^1].Length == 0) words.RemoveAt(words.Count - 1);
            changed = true;
        }
        if (!changed || words.Count == 0) return company.Trim();
        return string.Join(' ', words);
    }

    private static bool IsLegalForm(string tail)
    {
        if (tail.Length == 0) return false;
        var bare = tail.EndsWith('.') ? tail[..^1] : tail;
        return AnyCaseSet.Contains(bare) || CapitalsSet.Contains(bare);
    }
}
