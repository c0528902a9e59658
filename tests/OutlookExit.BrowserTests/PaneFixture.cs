using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace OutlookExit.BrowserTests;

/// <summary>The real app on Kestrel (loopback, free port) and one headless Debian Chromium for a test class.</summary>
public sealed class PaneFixture : IAsyncLifetime
{
    private readonly Factory factory = new();
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;
    private IBrowser? hostBrowser;
    private readonly SemaphoreSlim hostBrowserLock = new(1, 1);
    public string BaseUrl { get; private set; } = "";
    public HttpClient Http { get; private set; } = null!;

    public static string OfficeStub { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Stubs", "office-stub.js"));
    public static string MsalStub { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Stubs", "msal-stub.js"));

    /// <summary>Office's dark theme colours, for the stub's <c>theme</c> option.</summary>
    public static readonly object DarkTheme = new { bodyBackgroundColor = "#1f1f1f", bodyForegroundColor = "#ffffff" };

    public async Task InitializeAsync()
    {
        // An explicit loopback endpoint on a free port. (UseKestrel(0) rewrites the server's addresses after
        // building the host, which races with the minimal-API host starting and fails now and then.)
        factory.UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().TrimEnd('/').Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1");
        Http = new HttpClient { BaseAddress = new Uri(BaseUrl) };

        // CI runs every test assembly at once on two cores; give assertions room without slowing passing runs.
        Assertions.SetDefaultExpectTimeout(15_000);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath(),
            Headless = true,
            Args = BaseArgs,
        });
    }

    private static readonly string[] BaseArgs = ["--no-sandbox", "--disable-background-networking", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-component-update", "--disable-sync"];

    /// <summary>A second Chromium for the host harness. A public https origin framing the app on loopback is blocked
    /// by Chromium's local network access checks; only those are lifted, nothing else differs from <see cref="Browser"/>.</summary>
    public async Task<IBrowser> HostBrowserAsync()
    {
        await hostBrowserLock.WaitAsync();
        try
        {
            return hostBrowser ??= await playwright!.Chromium.LaunchAsync(new()
            {
                ExecutablePath = ChromiumPath(),
                Headless = true,
                Args = [.. BaseArgs, "--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests"],
            });
        }
        finally
        {
            hostBrowserLock.Release();
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        if (hostBrowser is not null) await hostBrowser.CloseAsync();
        playwright?.Dispose();
        Http?.Dispose();
        await factory.DisposeAsync();
    }

    /// <summary>CHROMIUM_PATH or Debian's /usr/bin/chromium. Missing is a failure, never a skip (./test.sh installs it).</summary>
    public static string ChromiumPath()
    {
        var path = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
        if (string.IsNullOrWhiteSpace(path)) path = "/usr/bin/chromium";
        if (!File.Exists(path))
            throw new InvalidOperationException($"Chromium not found at '{path}'. Install Debian's chromium (./test.sh does) or set CHROMIUM_PATH.");
        return path;
    }

    /// <summary>A fresh context at 320 px (or <see cref="PaneOptions.Width"/>) with office.js (and optionally MSAL) routed to the recording stubs,
    /// the pane loaded and its first preview shown (or its first error reported).</summary>
    public async Task<Pane> OpenAsync(object? scenario = null, PaneOptions? options = null)
    {
        options ??= new PaneOptions();
        var context = await Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = options.Width, Height = options.Height },
            Locale = options.Locale,
            ColorScheme = options.ColorScheme,
        });
        await RouteOfficeAndMsalAsync(context, scenario, options);
        if (options.Setup is not null) await options.Setup(context);

        var page = await context.NewPageAsync();
        var pane = new Pane(context, page, page.MainFrame, []);
        await page.GotoAsync(BaseUrl + "/");
        await page.WaitForSelectorAsync("body[data-ready='true']");
        await pane.WaitForFirstOutcomeAsync();
        return pane;
    }

    /// <summary>The sandbox Outlook on the web puts on an add-in's frame; no clipboard permission is delegated (no `allow`).</summary>
    public const string HostSandbox = "allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox allow-modals";

    /// <summary>Reports CSP violations and uncaught errors of every frame to the test (binding __reportProblem).</summary>
    private const string ProblemReporter = """
        (() => {
          const report = (text) => { try { window.__reportProblem(location.origin + ' ' + text); } catch { } };
          document.addEventListener('securitypolicyviolation', (e) => report(`CSP ${e.violatedDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`));
          window.addEventListener('error', (e) => report(`error ${e.message} (${e.filename}:${e.lineno})`));
          window.addEventListener('unhandledrejection', (e) => report(`unhandled rejection ${e.reason && (e.reason.stack || e.reason.message) || e.reason}`));
        })();
        """;

    /// <summary>The pane the way Outlook on the web loads it: a top-level page on <paramref name="hostOrigin"/> (served
    /// by routing, no network) frames the real app in an iframe with Outlook's sandbox and no clipboard delegation,
    /// 320 px wide. Every CSP violation, page error, "Refused to…" console line and failed frame load is collected on
    /// <see cref="Pane.Problems"/>.</summary>
    public async Task<Pane> OpenInHostAsync(string hostOrigin, object? scenario = null, PaneOptions? options = null)
    {
        options ??= new PaneOptions();
        var browser = await HostBrowserAsync();
        var context = await browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = 320, Height = options.Height },
            Locale = options.Locale,
            ColorScheme = options.ColorScheme,
        });
        var problems = new List<string>();
        await context.ExposeBindingAsync("__reportProblem", (BindingSource _, string text) => { lock (problems) problems.Add(text); });
        await context.AddInitScriptAsync(ProblemReporter);
        var hostPage = $$"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Outlook</title>
            <style>html,body{margin:0;padding:0}iframe{display:block;border:0;width:320px;height:{{options.Height}}px}</style></head>
            <body><iframe id="pane" title="OutlookExit" sandbox="{{HostSandbox}}" src="{{BaseUrl}}/"></iframe></body></html>
            """;
        await context.RouteAsync(hostOrigin + "/**", route =>
            route.FulfillAsync(new() { Status = 200, ContentType = "text/html; charset=utf-8", Body = hostPage }));
        await RouteOfficeAndMsalAsync(context, scenario, options);
        if (options.Setup is not null) await options.Setup(context);

        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Text.StartsWith("Refused to", StringComparison.Ordinal) || message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
                lock (problems) problems.Add("console " + message.Text);
        };
        page.PageError += (_, error) => { lock (problems) problems.Add("page error " + error); };
        page.RequestFailed += (_, request) =>
        {
            if (request.ResourceType == "document") lock (problems) problems.Add($"frame load failed {request.Url}: {request.Failure}");
        };
        page.Response += (_, response) =>
        {
            if (response.Request.ResourceType == "document" && response.Status >= 400) lock (problems) problems.Add($"frame load {response.Status} {response.Url}");
        };

        await page.GotoAsync(hostOrigin + "/mail/");
        var element = await page.WaitForSelectorAsync("iframe#pane");
        var frame = await element!.ContentFrameAsync() ?? throw new InvalidOperationException("The host page has no pane frame.");
        var pane = new Pane(context, page, frame, problems);
        try
        {
            await frame.WaitForSelectorAsync("body[data-ready='true']", new() { Timeout = 15_000 });
            await pane.WaitForFirstOutcomeAsync();
        }
        catch (TimeoutException e)
        {
            var seen = string.Join(" | ", pane.Problems);
            await context.CloseAsync();
            throw new InvalidOperationException($"The pane did not load inside the host frame on {hostOrigin}. Problems: {seen}", e);
        }
        return pane;
    }

    private static async Task RouteOfficeAndMsalAsync(IBrowserContext context, object? scenario, PaneOptions options)
    {
        switch (options.Office)
        {
            case OfficeMode.Stub:
                await context.AddInitScriptAsync($"window.__officeScenario = {JsonSerializer.Serialize(scenario ?? new { })};");
                await context.RouteAsync("https://appsforoffice.microsoft.com/**", route =>
                    route.FulfillAsync(new() { Status = 200, ContentType = "application/javascript", Body = OfficeStub }));
                break;
            case OfficeMode.Real:
                await OfficeJsPackage.RouteAsync(context);
                break;
            default:
                // No office.js at all (blocked, offline): the pane must still work as a plain web page.
                await context.RouteAsync("https://appsforoffice.microsoft.com/**", route => route.AbortAsync());
                break;
        }
        if (options.MsalScenario is not null)
        {
            await context.AddInitScriptAsync($"window.__msalScenario = {JsonSerializer.Serialize(options.MsalScenario)};");
        }
        if (!options.RealMsal)
        {
            await context.RouteAsync("**/vendor/msal-browser-*.js", route =>
                route.FulfillAsync(new() { Status = 200, ContentType = "application/javascript", Body = MsalStub }));
        }
    }

    private sealed class Factory : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            // Every test talks to the same loopback address; keep the per-address limit out of the way.
            builder.UseSetting("RateLimit:PermitsPerWindow", "100000");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        }
    }
}

/// <summary>office.js for the pane: the recording stub, Microsoft's real library from npm, or none at all.</summary>
public enum OfficeMode { Stub, None, Real }

public sealed class PaneOptions
{
    public int Height { get; init; } = 900;
    /// <summary>Outlook's task pane is 320 px wide; a wide pane (or a browser window) is larger.</summary>
    public int Width { get; init; } = 320;
    public string? Locale { get; init; } = "en-US";
    public ColorScheme ColorScheme { get; init; } = ColorScheme.Light;
    public OfficeMode Office { get; init; } = OfficeMode.Stub;
    public object? MsalScenario { get; init; }
    /// <summary>Serve the vendored MSAL.js instead of the stub.</summary>
    public bool RealMsal { get; init; }
    public Func<IBrowserContext, Task>? Setup { get; init; }
}

/// <summary>One open pane and helpers to read what the stubs recorded. <see cref="Frame"/> is where the pane runs:
/// the page itself at the top level, or the host's iframe.</summary>
public sealed class Pane(IBrowserContext context, IPage page, IFrame frame, List<string> problems) : IAsyncDisposable
{
    public IBrowserContext Context { get; } = context;
    /// <summary>The top-level page (the host page when the pane is framed).</summary>
    public IPage Page { get; } = page;
    public IFrame Frame { get; } = frame;

    /// <summary>CSP violations, page errors and failed frame loads seen so far (host harness only).</summary>
    public IReadOnlyList<string> Problems { get { lock (problems) return [.. problems]; } }

    /// <summary>The first preview, or (for an incomplete or failing form) the end of the first compose request.</summary>
    public async Task WaitForFirstOutcomeAsync() =>
        await Frame.WaitForFunctionAsync(
            "() => performance.getEntriesByName('preview-updated').length > 0 || !document.getElementById('preview-error').hidden || document.body.dataset.outcome === 'first'"
            + " || (document.getElementById('preview-meta').textContent === '' && performance.getEntriesByType('resource').some(r => r.name.includes('/api/drafts') && r.responseEnd > 0))");

    public Task<int> PreviewCountAsync() =>
        Frame.EvaluateAsync<int>("() => performance.getEntriesByName('preview-updated').length");

    public async Task WaitForPreviewAfterAsync(int count) =>
        await Frame.WaitForFunctionAsync($"() => performance.getEntriesByName('preview-updated').length > {count}");

    /// <summary>Calls recorded by the office.js stub, as JSON elements with `name` and `args`.</summary>
    public async Task<List<JsonElement>> OfficeCallsAsync()
    {
        var json = await Frame.EvaluateAsync<string>("() => JSON.stringify(window.__office.calls)");
        return JsonSerializer.Deserialize<List<JsonElement>>(json)!;
    }

    public async Task<List<JsonElement>> CallsNamedAsync(string name) =>
        (await OfficeCallsAsync()).Where(c => c.GetProperty("name").GetString() == name).ToList();

    /// <summary>The letter the API composed for what the form holds now (same request the pane sends).</summary>
    public async Task<JsonElement> CurrentDraftAsync() =>
        JsonSerializer.Deserialize<JsonElement>(await Frame.EvaluateAsync<string>("""
            async () => {
              const { readRequest } = await import('./js/form.js');
              const res = await fetch('/api/drafts', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(readRequest()) });
              return await res.text();
            }
            """));

    public ILocator Button(string name) => Frame.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    /// <summary>The Insert button, whose name goes on with the message it is for ("Insert into reply to Jordan Lee …";
    /// "Insert into this email to …" in compose mode). <paramref name="label"/> is a pattern for its start.</summary>
    public ILocator InsertButton(string label = "Insert into (reply|this email)") =>
        Frame.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^(" + label + ")( |$)") });

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
