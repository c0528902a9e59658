using System.Diagnostics;
using System.IO.Pipelines;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.AspNetCore.Http.Features;
using OutlookExit.Features;
using OutlookExit.Features.AddIn;
using OutlookExit.Features.Drafts;
using OutlookExit.Features.Health;
using OutlookExit.Features.Options;
using OutlookExit.Features.ReplyDrafts;
using OutlookExit.Features.Tone;
using OutlookExit.Hosting;

namespace OutlookExit.Benchmarks;

/// <summary>The server's own request path in thread CPU time, without sockets or the kernel
/// (<c>--cpu-time --http</c>): the app is built as the server builds it (Production environment, the real middleware
/// order, the rate limit raised as in the load test) on a server that hands each request straight to the app's
/// request pipeline — the same features Kestrel gives it (request, response with OnStarting callbacks, body pipe,
/// connection, request lifetime, body size limit), over in-memory bodies. <c>GET /healthz</c> and
/// <c>POST /api/drafts</c> with the English termination sample are timed on
/// <list type="bullet">
/// <item><c>program</c>: the API's own Program (its entry point), untouched;</item>
/// <item><c>all</c>: the same calls as Program, made here (must equal <c>program</c>), then the same app with one
/// middleware left out per row (<c>--http-only -ratelimit,-headers</c> picks rows), and with no middleware at all;</item>
/// <item><c>json-only</c>: all middleware, but the draft endpoint reads the body into a <c>DraftRequest</c> and answers a
/// remembered <c>DraftResponse</c> (JSON in and out, no core); <c>no-body</c>: it answers the remembered response
/// without reading the body.</item>
/// </list>
/// Each row: lowest and median of 7 rounds (about 0.2 s of CPU each) in µs per request, and bytes allocated.
/// Leaving a middleware out is a switch of this harness only; the product has none.</summary>
public static class HttpCpuTime
{
    private const int Rounds = 7;

    /// <summary>The pieces a row can leave out.</summary>
    private static readonly string[] Pieces =
        ["headers", "guards", "hsts", "cors", "timeouts", "exceptions", "statuspages", "bodylimit", "docs", "pane", "auth", "ratelimit"];

    /// <summary>Runs the rows; <paramref name="only"/> is a comma-separated list of row names, or null for all.</summary>
    public static void Run(string? only)
    {
        var body = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "requests", "termination-en-sample.json"));
        var rows = new List<(string Name, Func<Harness> Build)>
        {
            ("program", ProgramHost.Start),
            ("all", () => Replica([], Endpoint.Real)),
        };
        rows.AddRange(Pieces.Select(p => ("-" + p, (Func<Harness>)(() => Replica([p], Endpoint.Real)))));
        rows.Add(("none", () => Replica(Pieces, Endpoint.Real)));
        rows.Add(("json-only", () => Replica([], Endpoint.JsonOnly)));
        rows.Add(("no-body", () => Replica([], Endpoint.NoBody)));
        rows.Add(("none+json-only", () => Replica(Pieces, Endpoint.JsonOnly)));
        rows.Add(("none+no-body", () => Replica(Pieces, Endpoint.NoBody)));
        // The cheap endpoint shows what one middleware costs on the drafts path with less noise than the real one.
        rows.AddRange(Pieces.Select(p => ("no-body-" + p, (Func<Harness>)(() => Replica([p], Endpoint.NoBody)))));
        var wanted = only?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        // Rows in the order asked for (the first row also pays for bringing shared code to its final tier).
        if (wanted is not null) rows = [.. wanted.Select(w => rows.FirstOrDefault(r => r.Name == w)).Where(r => r.Name is not null)];

        if (wanted is null || wanted.Contains("core"))
        {
            // The core alone, as the steps benchmark runs it (the same request object every time) and as the server
            // runs it (a request freshly read from JSON every time; the JSON read is timed alone and subtracted).
            var same = Setup.Sample("termination-en-sample");
            WarmUp(() => OutlookExit.Core.DraftPipeline.Compose(Setup.Sample("termination-en-sample"), Setup.Today));
            var read = Time(() => System.Text.Json.JsonSerializer.Deserialize<OutlookExit.Core.Contracts.DraftRequest>(body, Setup.Json));
            var sameCore = Time(() => OutlookExit.Core.DraftPipeline.Compose(same, Setup.Today));
            var fresh = Time(() => OutlookExit.Core.DraftPipeline.Compose(System.Text.Json.JsonSerializer.Deserialize<OutlookExit.Core.Contracts.DraftRequest>(body, Setup.Json)!, Setup.Today));
            Console.WriteLine($"core: JSON read {read.Lowest:F2} µs; Compose same request {sameCore.Lowest:F2} µs ({sameCore.Allocated} B); JSON read + Compose of a fresh request {fresh.Lowest:F2} µs ({fresh.Allocated} B) → core {fresh.Lowest - read.Lowest:F2} µs (lowest rounds)");
        }
        Console.WriteLine($"Request pipeline in process, thread CPU µs per request (lowest / median of {Rounds} rounds), allocated B; load average {File.ReadAllText("/proc/loadavg").Trim()}");
        Console.WriteLine($"{"row",-16} {"healthz",8} {"med",8} {"alloc",7}   {"drafts",8} {"med",8} {"alloc",7}   {"ratio",6}");
        foreach (var (name, build) in rows)
        {
            using var harness = build();
            var health = harness.Request("GET", "/healthz", null);
            var draft = harness.Request("POST", "/api/drafts", body);
            // Both answers must be the real ones, or the row measures something else.
            harness.Check(health, 200);
            harness.Check(draft, 200);
            // Warm both to their final tier first: on a busy machine the background compiler lags by seconds, so
            // until a second of requests is no cheaper than the best of the ones before (at most 30 s).
            WarmUp(() => { harness.Send(health); harness.Send(draft); });
            if (LoopSeconds > 0)
            {
                // For a profiler: drafts only, for a while.
                var loop = Stopwatch.StartNew();
                while (loop.Elapsed.TotalSeconds < LoopSeconds) harness.Send(draft);
            }
            var h = Time(() => harness.Send(health));
            var d = Time(() => harness.Send(draft));
            Console.WriteLine($"{name,-16} {h.Lowest,8:F2} {h.Median,8:F2} {h.Allocated,7}   {d.Lowest,8:F2} {d.Median,8:F2} {d.Allocated,7}   {h.Lowest / d.Lowest,6:F2}");
        }
    }

    /// <summary>Seconds to send drafts only after the warm-up (<c>--http-loop 20</c>), for a profiler.</summary>
    public static int LoopSeconds { get; set; }

    private static void WarmUp(Action operation)
    {
        var watch = Stopwatch.StartNew();
        var best = double.MaxValue;
        var stale = 0;
        while (watch.Elapsed.TotalSeconds < 30 && stale < 3)
        {
            var start = CpuTime.ThreadCpuMicroseconds();
            var n = 0;
            while (CpuTime.ThreadCpuMicroseconds() - start < 1_000_000) { operation(); n++; }
            var perOp = (CpuTime.ThreadCpuMicroseconds() - start) / n;
            if (perOp < best * 0.97) { best = perOp; stale = 0; } else stale++;
        }
    }

    private static (double Lowest, double Median, long Allocated) Time(Action operation)
    {
        var watch = Stopwatch.StartNew();
        var n = 0;
        while (watch.ElapsedMilliseconds < 500 || n < 1000) { operation(); n++; }
        var perRound = Math.Max(10, (int)(n * 200 / watch.Elapsed.TotalMilliseconds));
        var times = new double[Rounds];
        long allocated = 0;
        for (var r = 0; r < Rounds; r++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var start = CpuTime.ThreadCpuMicroseconds();
            for (var i = 0; i < perRound; i++) operation();
            times[r] = (CpuTime.ThreadCpuMicroseconds() - start) / perRound;
            allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / perRound;
        }
        Array.Sort(times);
        return (times[0], times[Rounds / 2], allocated);
    }

    private enum Endpoint { Real, JsonOnly, NoBody }

    /// <summary>The calls of Program.cs, in its order, with the pieces in <paramref name="off"/> left out.</summary>
    private static Harness Replica(string[] off, Endpoint endpoint)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", Args = ProgramHost.Args });
        builder.AddHardening();
        builder.Services.AddApiBasics(ApiJsonContext.Default);
        builder.Services.AddApiDocs();
        builder.Services.AddReplyDrafts(builder.Configuration);
        builder.Services.AddReadiness(builder.Configuration);
        builder.Services.AddPublicOrigin(builder.Configuration);
        builder.Services.AddSingleton<IServer, InProcessServer>();
        var app = builder.Build();
        bool On(string piece) => !off.Contains(piece);

        app.UseTrustedForwardedHeaders();
        // UseHardening, piece by piece (the same calls in the same order)
        if (On("headers"))
            app.Use(static (context, next) =>
            {
                context.Response.OnStarting(static state => { Hardening.AddSecurityHeaders((HttpContext)state); return Task.CompletedTask; }, context);
                return next(context);
            });
        if (On("guards")) app.UseRequestGuards();
        if (On("hsts")) app.UseHsts();
        if (On("cors")) app.UseCors();
        if (On("timeouts")) app.UseRequestTimeouts();
        // UseApiBasics, piece by piece
        if (On("exceptions"))
            app.UseExceptionHandler(new Microsoft.AspNetCore.Builder.ExceptionHandlerOptions { SuppressDiagnosticsCallback = c => c.Exception is BadHttpRequestException });
        if (On("statuspages")) app.UseStatusCodePages();
        if (On("bodylimit")) app.UseBodySizeLimit();
        if (On("docs")) app.UseApiDocs();
        if (On("pane")) app.UsePane();
        if (On("auth")) app.UseReplyDraftsAuth();
        if (On("ratelimit")) app.UseRateLimits();

        app.MapHealth();
        app.MapReadiness();
        if (endpoint == Endpoint.Real) app.MapDrafts();
        else
        {
            var remembered = Setup.Composed("termination-en-sample");
            var group = app.MapGroup("/api").RequireRateLimiting(RateLimits.Policy);
            if (endpoint == Endpoint.JsonOnly)
                group.MapPost("/drafts", (OutlookExit.Core.Contracts.DraftRequest request) => TypedResults.Ok(remembered))
                    .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(ApiBasics.MaxBodyBytes));
            else
                group.MapPost("/drafts", () => TypedResults.Ok(remembered))
                    .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(ApiBasics.MaxBodyBytes));
        }
        app.MapTone();
        app.MapOptions();
        app.MapManifests();
        app.MapPaneConfig();
        app.MapReplyDrafts();
        app.StartAsync().GetAwaiter().GetResult();
        return new Harness((InProcessServer)app.Services.GetRequiredService<IServer>(), () => app.StopAsync().GetAwaiter().GetResult());
    }

    /// <summary>The API's Program, run through its entry point with the in-process server put in place of Kestrel
    /// (the way the framework's test host finds an app: it listens for the host being built).</summary>
    private static class ProgramHost
    {
        /// <summary>The load test's settings: Production, rate limit raised.</summary>
        public static readonly string[] Args =
        [
            "--environment=Production", "--RateLimit:PermitsPerWindow=1000000000", "--RateLimit:WindowSeconds=1",
            // The pane's files are served from the API project's folder; the lifetime's start and stop lines are not wanted here.
            "--contentRoot=" + ApiFolder(), "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Warning",
        ];

        private static string ApiFolder()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "api", "OutlookExit.Api.csproj"))) return Path.Combine(dir.FullName, "api");
            return Directory.GetCurrentDirectory();
        }

        public static Harness Start()
        {
            var built = new TaskCompletionSource<IServiceProvider>();
            using var subscription = DiagnosticListener.AllListeners.Subscribe(new Observer<DiagnosticListener>(listener =>
            {
                if (listener.Name != "Microsoft.Extensions.Hosting") return;
                listener.Subscribe(new Observer<KeyValuePair<string, object?>>(e =>
                {
                    // The payload is the builder as an IHostBuilder: services configured here come after the server's.
                    if (e.Key == "HostBuilding" && e.Value is IHostBuilder b)
                        b.ConfigureServices(s => s.AddSingleton<IServer, InProcessServer>());
                    if (e.Key == "HostBuilt" && e.Value is IHost host) built.TrySetResult(host.Services);
                }));
            }));
            var entry = typeof(ApiBasics).Assembly.EntryPoint!;
            var thread = new Thread(() =>
            {
                try { entry.Invoke(null, [Args]); }
                catch (Exception e) { built.TrySetException(e); }
            }) { IsBackground = true };
            thread.Start();
            var services = built.Task.GetAwaiter().GetResult();
            var server = (InProcessServer)services.GetRequiredService<IServer>();
            server.Started.Wait();
            return new Harness(server, () => services.GetRequiredService<IHostApplicationLifetime>().StopApplication());
        }
    }

    private sealed class Observer<T>(Action<T> next) : IObserver<T>
    {
        public void OnCompleted() { }
        public void OnError(Exception error) { }
        public void OnNext(T value) => next(value);
    }

    /// <summary>A request to send again and again, and what the last answer was.</summary>
    public sealed class Prepared
    {
        public required string Method;
        public required string Path;
        public byte[]? Body;
        public int Status;
        public readonly MemoryStream Response = new();
    }

    /// <summary>One app on the in-process server.</summary>
    public sealed class Harness(InProcessServer server, Action stop) : IDisposable
    {
        public Prepared Request(string method, string path, byte[]? body) => new() { Method = method, Path = path, Body = body };

        public void Send(Prepared request) => server.Send(request);

        public void Check(Prepared request, int status)
        {
            Send(request);
            if (request.Status != status)
                throw new InvalidOperationException($"{request.Method} {request.Path} answered {request.Status}: {System.Text.Encoding.UTF8.GetString(request.Response.ToArray())}");
        }

        public void Dispose() => stop();
    }

    /// <summary>Hands each request to the app's pipeline on the calling thread, with the features Kestrel provides.</summary>
    public sealed class InProcessServer : IServer
    {
        private Func<Prepared, Task>? _send;
        public readonly ManualResetEventSlim Started = new();
        public IFeatureCollection Features { get; } = new FeatureCollection();

        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken) where TContext : notnull
        {
            _send = request => SendAsync(application, request);
            Started.Set();
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public void Dispose() { }

        public void Send(Prepared request)
        {
            var task = _send!(request);
            if (!task.IsCompleted) throw new InvalidOperationException($"{request.Path} did not complete synchronously: thread CPU time would miss part of it.");
            task.GetAwaiter().GetResult();
        }

        private static readonly IPAddress Loopback = IPAddress.Loopback;

        private static async Task SendAsync<TContext>(IHttpApplication<TContext> application, Prepared prepared) where TContext : notnull
        {
            var features = new FeatureCollection();
            var requestHeaders = new HeaderDictionary
            {
                ["Host"] = "127.0.0.1:5391",
            };
            var request = new HttpRequestFeature
            {
                Protocol = "HTTP/1.1",
                Scheme = "http",
                Method = prepared.Method,
                Path = prepared.Path,
                PathBase = "",
                QueryString = "",
                RawTarget = prepared.Path,
                Headers = requestHeaders,
                Body = prepared.Body is null ? Stream.Null : new MemoryStream(prepared.Body, writable: false),
            };
            if (prepared.Body is not null)
            {
                requestHeaders["Content-Type"] = "application/json";
                requestHeaders.ContentLength = prepared.Body.Length;
            }
            prepared.Response.SetLength(0);
            var response = new ResponseFeature(prepared.Response);
            features.Set<IHttpRequestFeature>(request);
            features.Set<IHttpResponseFeature>(response);
            features.Set<IHttpResponseBodyFeature>(response);
            features.Set<IHttpRequestBodyDetectionFeature>(new BodyDetection(prepared.Body is not null));
            features.Set<IHttpConnectionFeature>(new HttpConnectionFeature
            {
                ConnectionId = "c", LocalIpAddress = Loopback, RemoteIpAddress = Loopback, LocalPort = 5391, RemotePort = 40000,
            });
            features.Set<IHttpRequestLifetimeFeature>(new HttpRequestLifetimeFeature());
            features.Set<IHttpMaxRequestBodySizeFeature>(new MaxBodySize());
            var context = application.CreateContext(features);
            Exception? error = null;
            try
            {
                await application.ProcessRequestAsync(context);
                await response.CompleteAsync();
            }
            catch (Exception e) { error = e; throw; }
            finally
            {
                prepared.Status = response.StatusCode;
                application.DisposeContext(context, error);
            }
        }

        private sealed class BodyDetection(bool canHaveBody) : IHttpRequestBodyDetectionFeature
        {
            public bool CanHaveBody => canHaveBody;
        }

        private sealed class MaxBodySize : IHttpMaxRequestBodySizeFeature
        {
            public bool IsReadOnly => false;
            public long? MaxRequestBodySize { get; set; } = 30_000_000;
        }

        /// <summary>Response headers and status, OnStarting callbacks run before the first byte (as Kestrel does), the
        /// body into a memory stream through a pipe.</summary>
        private sealed class ResponseFeature : IHttpResponseFeature, IHttpResponseBodyFeature
        {
            private readonly Stream _stream;
            private List<(Func<object, Task> Callback, object State)>? _starting;
            private List<(Func<object, Task> Callback, object State)>? _completed;
            private PipeWriter? _writer;

            public ResponseFeature(MemoryStream stream) => _stream = new StartingStream(stream, this);

            public int StatusCode { get; set; } = 200;
            public string? ReasonPhrase { get; set; }
            public IHeaderDictionary Headers { get; set; } = new HeaderDictionary();
            public Stream Body { get => _stream; set => throw new NotSupportedException(); }
            public bool HasStarted { get; private set; }
            public Stream Stream => _stream;
            public PipeWriter Writer => _writer ??= PipeWriter.Create(_stream, new StreamPipeWriterOptions(leaveOpen: true));

            public void OnStarting(Func<object, Task> callback, object state) => (_starting ??= []).Add((callback, state));
            public void OnCompleted(Func<object, Task> callback, object state) => (_completed ??= []).Add((callback, state));
            public void DisableBuffering() { }

            public Task StartAsync(CancellationToken cancellationToken = default) { Start(); return Task.CompletedTask; }

            public void Start()
            {
                if (HasStarted) return;
                if (_starting is not null)
                    // Last registered first, as the servers do.
                    for (var i = _starting.Count - 1; i >= 0; i--) _starting[i].Callback(_starting[i].State).GetAwaiter().GetResult();
                HasStarted = true;
            }

            public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) => throw new NotSupportedException();

            public async Task CompleteAsync()
            {
                Start();
                if (_writer is not null) await _writer.FlushAsync();
                if (_completed is not null)
                    for (var i = _completed.Count - 1; i >= 0; i--) await _completed[i].Callback(_completed[i].State);
            }
        }

        private sealed class StartingStream(MemoryStream inner, ResponseFeature owner) : Stream
        {
            public override bool CanRead => false;
            public override bool CanSeek => false;
            public override bool CanWrite => true;
            public override long Length => inner.Length;
            public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
            public override void Flush() => owner.Start();
            public override Task FlushAsync(CancellationToken cancellationToken) { owner.Start(); return Task.CompletedTask; }
            public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
            public override void SetLength(long value) => throw new NotSupportedException();
            public override void Write(byte[] buffer, int offset, int count) { owner.Start(); inner.Write(buffer, offset, count); }
            public override void Write(ReadOnlySpan<byte> buffer) { owner.Start(); inner.Write(buffer); }
            public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
            {
                owner.Start();
                inner.Write(buffer.Span);
                return ValueTask.CompletedTask;
            }
            public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
            {
                Write(buffer, offset, count);
                return Task.CompletedTask;
            }
        }
    }
}
