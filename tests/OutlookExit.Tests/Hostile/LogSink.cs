using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace OutlookExit.Tests.Hostile;

/// <summary>Every log line the app writes, with its level, category and exception.</summary>
public sealed class LogSink : ILoggerProvider
{
    public sealed record Line(LogLevel Level, string Category, string Message, Exception? Exception);

    public ConcurrentQueue<Line> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    private sealed class Logger(LogSink owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Lines.Enqueue(new Line(logLevel, category, formatter(state, exception), exception));
    }
}
