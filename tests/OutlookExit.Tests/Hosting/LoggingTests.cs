using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace OutlookExit.Tests.Hosting;

public class LoggingTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task RequestBodiesNeverReachTheLogs()
    {
        var sink = new CapturingLoggerProvider();
        using var app = factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(sink).SetMinimumLevel(LogLevel.Trace)));
        var client = app.CreateClient();
        const string note = "Zebra-quartz personal note marker";
        await client.PostAsJsonAsync("/api/drafts", new { kind = "termination", sender = new { name = "Alex" }, client = new { name = "Jordan" }, personalNote = note });
        await client.PostAsync("/api/drafts", new StringContent("{\"personalNote\": \"" + note + "\", \"kind\": 7}", System.Text.Encoding.UTF8, "application/json"));
        await client.PostAsJsonAsync("/api/tone/check", new { text = note });
        Assert.NotEmpty(sink.Messages);
        Assert.DoesNotContain(sink.Messages, m => m.Contains("Zebra-quartz", StringComparison.Ordinal));
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public System.Collections.Concurrent.ConcurrentQueue<string> Messages { get; } = new();
        public ILogger CreateLogger(string categoryName) => new Logger(this);
        public void Dispose() { }
        private sealed class Logger(CapturingLoggerProvider owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => true;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Messages.Enqueue(formatter(state, exception) + " " + exception);
        }
    }
}
