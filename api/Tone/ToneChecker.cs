using OutlookExit.Contracts;

namespace OutlookExit.Tone;

/// <summary>Finds blaming, absolute, passive-aggressive, negative, break-up, waffling, over-apologising and secret-looking words in the user's own text.</summary>
public static class ToneChecker
{
    /// <summary>Checks <paramref name="text"/> in <paramref name="language"/> (a normalised code such as `en` or `cs`).
    /// Offsets are UTF-16 positions in <paramref name="text"/>; <paramref name="field"/> is copied into each finding.</summary>
    public static IReadOnlyList<Finding> Check(string text, string language, string? field = null) => [];
}
