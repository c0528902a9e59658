using System.Text;

namespace OutlookExit.Core.Rendering;

/// <summary>One reusable <see cref="StringBuilder"/> per thread, so rendering allocates only the finished string
/// rather than a fresh builder, its growth chunks and then the copy.</summary>
internal static class BuilderCache
{
    // Under the large-object threshold; a rare larger letter gets a builder of its own.
    private const int MaxCachedCapacity = 16 * 1024;

    [ThreadStatic] private static StringBuilder? _cached;

    /// <summary>An empty builder; give it back with <see cref="ToStringAndRelease"/>.</summary>
    public static StringBuilder Acquire()
    {
        var sb = _cached;
        if (sb is null) return new StringBuilder(MaxCachedCapacity / 4);
        _cached = null;
        return sb.Clear();
    }

    /// <summary>The built text; the builder is kept for the next render on this thread.</summary>
    public static string ToStringAndRelease(StringBuilder sb)
    {
        var text = sb.ToString();
        if (sb.Capacity <= MaxCachedCapacity) _cached = sb;
        return text;
    }
}
