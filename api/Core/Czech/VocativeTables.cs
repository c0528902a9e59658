using System.Collections.Frozen;

namespace OutlookExit.Core.Czech;

/// <summary>The suffix tables behind <see cref="CzechNames.Vocative"/>, read once from the embedded
/// files under <c>Core/Czech/Data</c> and frozen for lock-free lookup by span.</summary>
internal static class VocativeTables
{
    /// <summary>Longest key of any table; the lookup lower-cases at most this many trailing characters.</summary>
    internal const int MaxKeyLength = 32;

    private const string ResourcePrefix = "OutlookExit.Core.Czech.Data.";

    /// <summary>Masculine suffix → replacement (the empty suffix is held in <see cref="MaleFallback"/>).</summary>
    internal static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> MaleSuffixes;

    /// <summary>Whole lower-cased masculine word → its vocative (the exception dictionary).</summary>
    internal static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> MaleWords;

    /// <summary>Feminine suffix → true for a first name, false for a surname.</summary>
    internal static readonly FrozenDictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> FemaleIsFirstName;

    /// <summary>Replacement appended when no masculine suffix matches.</summary>
    internal static readonly string MaleFallback;

    /// <summary>Whether a feminine word that matches no suffix is a first name.</summary>
    internal static readonly bool FemaleFallbackIsFirstName;

    internal static readonly int MaxMaleSuffix;
    internal static readonly int MaxFemaleSuffix;
    internal static readonly int MaxMaleWord;

    static VocativeTables()
    {
        var male = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in Read("vokativ-male-suffixes.tsv")) male[key] = value;

        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in Read("czech-vocative-overrides.tsv"))
        {
            if (key.StartsWith('^')) words[key[1..]] = value;
            else male[key] = value;
        }

        var female = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var (key, value) in Read("vokativ-female-name-kind.tsv"))
        {
            female[key] = value switch
            {
                "f" => true,
                "l" => false,
                _ => throw new InvalidOperationException($"Feminine name kind must be f or l, not '{value}' (suffix '{key}')."),
            };
        }

        MaleFallback = male.Remove("", out var fallback) ? fallback : "";
        FemaleFallbackIsFirstName = female.Remove("", out var firstName) && firstName;

        MaxMaleSuffix = MaxLength(male.Keys);
        MaxFemaleSuffix = MaxLength(female.Keys);
        MaxMaleWord = MaxLength(words.Keys);

        MaleSuffixes = male.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        MaleWords = words.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        FemaleIsFirstName = female.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static int MaxLength(IEnumerable<string> keys)
    {
        var max = 0;
        foreach (var key in keys)
        {
            if (key.Length > MaxKeyLength)
                throw new InvalidOperationException($"Vocative table key '{key}' is longer than {MaxKeyLength} characters.");
            max = Math.Max(max, key.Length);
        }
        return max;
    }

    /// <summary>Rows of a tab-separated data file: lines starting with # and blank lines are skipped;
    /// keys are lower-case and may be empty (the fallback row).</summary>
    private static IEnumerable<(string Key, string Value)> Read(string fileName)
    {
        using var stream = typeof(VocativeTables).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourcePrefix}{fileName} is missing.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        var rows = new List<(string, string)>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            var tab = line.IndexOf('\t');
            if (tab < 0)
                throw new InvalidOperationException($"{fileName}:{lineNumber}: expected key<TAB>value.");
            var key = line[..tab];
            var value = line[(tab + 1)..].Trim();
            if (key != key.ToLowerInvariant() || value.Length == 0)
                throw new InvalidOperationException($"{fileName}:{lineNumber}: keys must be lower-case and values non-empty.");
            rows.Add((key, value));
        }
        return rows;
    }
}
