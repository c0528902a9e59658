using System.Globalization;
using System.Resources;

namespace OutlookExit.Core.Composition;

/// <summary>The languages the product writes in: every culture that has a wording resource.
/// Adding a language means adding <c>Resources/Wording.xx.resx</c> (and <c>Tone.xx.resx</c>), not code.</summary>
public static class Languages
{
    /// <summary>The language of the neutral resources.</summary>
    public const string Default = "en";

    private static readonly ResourceManager Probe = new("OutlookExit.Resources.Wording", typeof(Languages).Assembly);

    /// <summary>Supported two-letter codes, default first.</summary>
    public static IReadOnlyList<string> Supported { get; } = Discover();

    private static string[] Discover()
    {
        var found = new List<string> { Default };
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.NeutralCultures))
        {
            if (culture.Name.Length == 0 || culture.Name == Default) continue;
            try
            {
                if (Probe.GetResourceSet(culture, createIfNotExists: true, tryParents: false) is not null)
                    found.Add(culture.Name);
            }
            catch (MissingManifestResourceException) { }
        }
        return [.. found];
    }

    /// <summary>Normalises `cs`, `cs-CZ`, `CS_cz`, `en-GB`… to a supported two-letter code; null or empty gives the default.</summary>
    public static bool TryNormalize(string? code, out string language)
    {
        language = Default;
        if (string.IsNullOrWhiteSpace(code)) return true;
        var span = code.AsSpan().Trim();
        var cut = span.IndexOfAny('-', '_');
        var primary = cut >= 0 ? span[..cut] : span;
        if (cut >= 0 && !IsRegionOrScript(span[(cut + 1)..])) return false;
        foreach (var supported in Supported)
        {
            if (primary.Equals(supported, StringComparison.OrdinalIgnoreCase))
            {
                language = supported;
                return true;
            }
        }
        return false;
    }

    private static bool IsRegionOrScript(ReadOnlySpan<char> rest)
    {
        if (rest.Length is < 2 or > 8) return false;
        foreach (var c in rest) if (!char.IsAsciiLetterOrDigit(c) && c != '-' && c != '_') return false;
        return true;
    }
}
