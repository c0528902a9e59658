using System.Collections.Concurrent;

namespace OutlookExit.Hosting;

/// <summary>Logs what an anonymous client can trigger at will (a bad Host, an unsupported charset) at most once per
/// interval and kind, with the number of times it was left out, so that one client cannot fill the disk.</summary>
public sealed class ThrottledLog(TimeProvider clock, ILoggerFactory loggers)
{
    /// <summary>Shortest time between two lines of one kind.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    private readonly ILogger _logger = loggers.CreateLogger("OutlookExit.ClientErrors");
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>Writes <paramref name="message"/> (no user input in it) as a warning unless one of the same
    /// <paramref name="kind"/> was written within <see cref="Interval"/>.</summary>
    public void Warn(string kind, string message)
    {
        var now = clock.GetUtcNow();
        var entry = _entries.GetOrAdd(kind, _ => new Entry());
        long suppressed;
        lock (entry)
        {
            if (entry.Last is { } last && now - last < Interval) { entry.Suppressed++; return; }
            suppressed = entry.Suppressed;
            entry.Suppressed = 0;
            entry.Last = now;
        }
        _logger.LogWarning("{Kind}: {Message} ({Suppressed} more like it left out since the last line)", kind, message, suppressed);
    }

    private sealed class Entry
    {
        public DateTimeOffset? Last;
        public long Suppressed;
    }
}
