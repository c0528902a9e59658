using System.Collections.Frozen;
using System.Globalization;

namespace OutlookExit.Core.Composition;

/// <summary>ISO 4217 currency codes known to .NET's region data, with their usual number of decimals.</summary>
public static class Currencies
{
    private static readonly FrozenDictionary<string, int> Decimals = Build();

    private static FrozenDictionary<string, int> Build()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            RegionInfo region;
            try { region = new RegionInfo(culture.Name); }
            catch (ArgumentException) { continue; }
            var code = region.ISOCurrencySymbol;
            if (code.Length != 3 || !code.All(char.IsAsciiLetterUpper)) continue;
            // The smallest number of decimals any culture uses for the code is the safe one (JPY 0, EUR 2).
            var digits = culture.NumberFormat.CurrencyDecimalDigits;
            map[code] = map.TryGetValue(code, out var known) ? Math.Min(known, digits) : digits;
        }
        // Codes used in trade that are not tied to one region's culture.
        map.TryAdd("XAU", 0);
        map.TryAdd("XDR", 2);
        map["EUR"] = 2;
        map["USD"] = 2;
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Upper-cases and checks the code; returns false for anything not a known ISO 4217 code.</summary>
    public static bool TryNormalize(string? code, out string normalized)
    {
        normalized = "";
        if (code is not { Length: 3 } || !code.All(char.IsAsciiLetter)) return false;
        normalized = code.ToUpperInvariant();
        return Decimals.ContainsKey(normalized);
    }

    /// <summary>Decimal places used for the code (2 when unknown).</summary>
    public static int DecimalPlaces(string code) => Decimals.TryGetValue(code, out var d) ? d : 2;
}
