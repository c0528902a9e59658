using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace OutlookExit.Core.Czech;

/// <summary>Gender of unambiguous first names, from the reviewed list in <c>Data/first-names-gender.tsv</c>
/// (its header names the sources and what was left out). A name typed without diacritics ("Jiri", "Tomas")
/// is found too, unless the plain form belongs to names of both genders.</summary>
public static class FirstNames
{
    private const string Resource = "OutlookExit.Core.Czech.Data.first-names-gender.tsv";

    private static readonly (FrozenDictionary<string, NameGender> Exact, FrozenDictionary<string, NameGender> Plain) Tables = Load();

    /// <summary>The gender the first name makes certain, or null (unknown, or used for both).
    /// A hyphenated name ("Jean-Pierre") counts when listed whole or when all its listed parts agree.</summary>
    public static NameGender? GenderOf(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var lower = name.Trim().ToLower(CultureInfo.InvariantCulture);
        if (Find(lower) is { } whole) return whole;
        if (!lower.Contains('-')) return null;
        NameGender? agreed = null;
        foreach (var part in lower.Split('-', StringSplitOptions.RemoveEmptyEntries))
        {
            if (Find(part) is not { } g) continue;
            if (agreed is not null && agreed != g) return null;
            agreed = g;
        }
        return agreed;
    }

    /// <summary>Number of listed names (for tests).</summary>
    internal static int Count => Tables.Exact.Count;

    private static NameGender? Find(string lower)
    {
        if (Tables.Exact.TryGetValue(lower, out var g)) return g;
        return Tables.Plain.TryGetValue(lower, out g) ? g : null;
    }

    private static (FrozenDictionary<string, NameGender>, FrozenDictionary<string, NameGender>) Load()
    {
        using var stream = typeof(FirstNames).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"Embedded resource {Resource} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var exact = new Dictionary<string, NameGender>(StringComparer.Ordinal);
        var plain = new Dictionary<string, NameGender?>(StringComparer.Ordinal);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            var columns = line.Split('\t');
            if (columns.Length < 2 || columns[0] != columns[0].ToLowerInvariant() || columns[0].Length == 0)
                throw new InvalidOperationException($"first-names-gender.tsv:{lineNumber}: expected lower-case name<TAB>m|f<TAB>sources.");
            var gender = columns[1] switch
            {
                "m" => NameGender.Male,
                "f" => NameGender.Female,
                _ => throw new InvalidOperationException($"first-names-gender.tsv:{lineNumber}: gender must be m or f."),
            };
            if (!exact.TryAdd(columns[0], gender))
                throw new InvalidOperationException($"first-names-gender.tsv:{lineNumber}: '{columns[0]}' is listed twice.");
            var folded = Fold(columns[0]);
            plain[folded] = plain.TryGetValue(folded, out var seen) && seen != gender ? null : gender;
        }
        var plainOnly = plain.Where(p => p.Value is not null && !exact.ContainsKey(p.Key))
            .ToDictionary(p => p.Key, p => p.Value!.Value, StringComparer.Ordinal);
        // A plain form that is itself a listed name of the other gender never reaches here: exact wins.
        return (exact.ToFrozenDictionary(StringComparer.Ordinal), plainOnly.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Letters without diacritics: "jiří" → "jiri".</summary>
    internal static string Fold(string lower)
    {
        var decomposed = lower.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c);
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }
}
