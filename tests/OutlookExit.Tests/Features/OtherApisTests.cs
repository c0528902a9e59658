using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OutlookExit.Tests.Features;

public class OtherApisTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task HealthzAnswersOk()
    {
        var body = await factory.CreateClient().GetFromJsonAsync<JsonObject>("/healthz");
        Assert.Equal("ok", (string?)body!["status"]);
    }

    [Theory]
    [InlineData("en", "Termination", "Capacity")]
    [InlineData("cs-CZ", "Ukončení spolupráce", "Kapacita")]
    public async Task OptionsAreLocalisedWithGuidance(string language, string terminationLabel, string capacityLabel)
    {
        var body = (await factory.CreateClient().GetFromJsonAsync<JsonObject>($"/api/options?language={language}"))!;
        Assert.Equal(["conversationRequest", "termination", "thankYou"], body["kinds"]!.AsArray().Select(k => (string)k!["value"]!));
        Assert.Equal(terminationLabel, (string?)body["kinds"]![1]!["label"]);
        Assert.Equal(6, body["reasons"]!.AsArray().Count);
        Assert.Contains(body["reasons"]!.AsArray(), r => (string?)r!["label"] == capacityLabel);
        Assert.All(body["reasons"]!.AsArray(), r => Assert.False(string.IsNullOrWhiteSpace((string?)r!["guidance"])));
        Assert.Equal(["warm", "neutral", "formal"], body["tones"]!.AsArray().Select(k => (string)k!["value"]!));
        Assert.Equal(["files", "credentials", "documentation", "accounts"], body["handover"]!.AsArray().Select(k => (string)k!["value"]!));
        Assert.Equal(["en", "cs"], body["languages"]!.AsArray().Select(k => (string)k!["value"]!));
        Assert.Equal(14, (int)body["defaults"]!["noticeDays"]!);
    }

    [Fact]
    public async Task OptionsInAnUnsupportedLanguageAreAProblem()
    {
        var response = await factory.CreateClient().GetAsync("/api/options?language=xx");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ToneCheckReturnsFindingsShapeAndRejectsOverlongText()
    {
        var client = factory.CreateClient();
        var ok = await client.PostAsJsonAsync("/api/tone/check", new { text = "Thank you for everything.", language = "en-US" });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.NotNull((await ok.Content.ReadFromJsonAsync<JsonObject>())!["findings"]);

        var tooLong = await client.PostAsJsonAsync("/api/tone/check", new { text = new string('a', 10_001), language = "en" });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("text", await tooLong.Content.ReadAsStringAsync());

        var badLanguage = await client.PostAsJsonAsync("/api/tone/check", new { text = "x", language = "klingon" });
        Assert.Equal(HttpStatusCode.BadRequest, badLanguage.StatusCode);
    }

    [Fact]
    public async Task OpenApiDocumentDescribesEveryEndpointWithExamplesAndStringEnums()
    {
        var doc = (await factory.CreateClient().GetFromJsonAsync<JsonObject>("/swagger/v1/swagger.json"))!;
        var paths = doc["paths"]!.AsObject();
        Assert.True(paths.ContainsKey("/api/drafts"));
        Assert.True(paths.ContainsKey("/api/tone/check"));
        Assert.True(paths.ContainsKey("/api/options"));
        Assert.True(paths.ContainsKey("/healthz"));
        var drafts = paths["/api/drafts"]!["post"]!;
        Assert.Equal("termination", (string?)drafts["requestBody"]!["content"]!["application/json"]!["example"]!["kind"]);
        Assert.StartsWith("<p>Dear Jordan,</p>", (string?)drafts["responses"]!["200"]!["content"]!["application/json"]!["example"]!["html"]);
        Assert.True(drafts["responses"]!.AsObject().ContainsKey("400"));
        Assert.True(drafts["responses"]!.AsObject().ContainsKey("422"));
        var kind = doc["components"]!["schemas"]!["DraftKind"]!;
        Assert.Equal(["conversationRequest", "termination", "thankYou"], kind["enum"]!.AsArray().Select(v => (string)v!));
        var ui = await factory.CreateClient().GetAsync("/swagger/index.html");
        Assert.Equal(HttpStatusCode.OK, ui.StatusCode);
    }

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

public class RateLimitTests
{
    [Fact]
    public async Task OverTheLimitAnswers429WithRetryAfter()
    {
        using var factory = new ApiFactory { PermitsPerWindow = 3 };
        var client = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 5; i++)
        {
            last = await client.PostAsJsonAsync("/api/tone/check", new { text = "Thanks", language = "en" });
            statuses.Add(last.StatusCode);
        }
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(last!.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);
        // Health checks are not rate limited, so monitoring keeps working under load.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }
}
