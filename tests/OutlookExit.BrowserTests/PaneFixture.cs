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
    public string BaseUrl { get; private set; } = "";
    public HttpClient Http { get; private set; } = null!;

    public static string OfficeStub { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Stubs", "office-stub.js"));
    public static string MsalStub { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Stubs", "msal-stub.js"));

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
            Args = ["--no-sandbox", "--disable-background-networking", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
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

    /// <summary>A fresh context at 320 px with office.js (and optionally MSAL) routed to the recording stubs,
    /// the pane loaded and its first preview shown (or its first error reported).</summary>
    public async Task<Pane> OpenAsync(object? scenario = null, PaneOptions? options = null)
    {
        options ??= new PaneOptions();
        var context = await Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = 320, Height = options.Height },
            Locale = options.Locale,
            ColorScheme = options.ColorScheme,
        });
        if (options.Office == OfficeMode.Stub)
        {
            await context.AddInitScriptAsync($"window.__officeScenario = {JsonSerializer.Serialize(scenario ?? new { })};");
            await context.RouteAsync("https://appsforoffice.microsoft.com/**", route =>
                route.FulfillAsync(new() { Status = 200, ContentType = "application/javascript", Body = OfficeStub }));
        }
        else
        {
            // No office.js at all (blocked, offline): the pane must still work as a plain web page.
            await context.RouteAsync("https://appsforoffice.microsoft.com/**", route => route.AbortAsync());
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
        if (options.Setup is not null) await options.Setup(context);

        var page = await context.NewPageAsync();
        var pane = new Pane(context, page);
        await page.GotoAsync(BaseUrl + "/");
        await page.WaitForSelectorAsync("body[data-ready='true']");
        await pane.WaitForFirstOutcomeAsync();
        return pane;
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

public enum OfficeMode { Stub, None }

public sealed class PaneOptions
{
    public int Height { get; init; } = 900;
    public string? Locale { get; init; } = "en-US";
    public ColorScheme ColorScheme { get; init; } = ColorScheme.Light;
    public OfficeMode Office { get; init; } = OfficeMode.Stub;
    public object? MsalScenario { get; init; }
    /// <summary>Serve the vendored MSAL.js instead of the stub.</summary>
    public bool RealMsal { get; init; }
    public Func<IBrowserContext, Task>? Setup { get; init; }
}

/// <summary>One open pane and helpers to read what the stubs recorded.</summary>
public sealed class Pane(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IBrowserContext Context { get; } = context;
    public IPage Page { get; } = page;

    /// <summary>The first preview, or (for an incomplete or failing form) the end of the first compose request.</summary>
    public async Task WaitForFirstOutcomeAsync() =>
        await Page.WaitForFunctionAsync(
            "() => performance.getEntriesByName('preview-updated').length > 0 || !document.getElementById('preview-error').hidden"
            + " || (document.getElementById('preview-meta').textContent === '' && performance.getEntriesByType('resource').some(r => r.name.includes('/api/drafts') && r.responseEnd > 0))");

    public Task<int> PreviewCountAsync() =>
        Page.EvaluateAsync<int>("() => performance.getEntriesByName('preview-updated').length");

    public async Task WaitForPreviewAfterAsync(int count) =>
        await Page.WaitForFunctionAsync($"() => performance.getEntriesByName('preview-updated').length > {count}");

    /// <summary>Calls recorded by the office.js stub, as JSON elements with `name` and `args`.</summary>
    public async Task<List<JsonElement>> OfficeCallsAsync()
    {
        var json = await Page.EvaluateAsync<string>("() => JSON.stringify(window.__office.calls)");
        return JsonSerializer.Deserialize<List<JsonElement>>(json)!;
    }

    public async Task<List<JsonElement>> CallsNamedAsync(string name) =>
        (await OfficeCallsAsync()).Where(c => c.GetProperty("name").GetString() == name).ToList();

    /// <summary>The letter the API composed for what the form holds now (same request the pane sends).</summary>
    public async Task<JsonElement> CurrentDraftAsync() =>
        JsonSerializer.Deserialize<JsonElement>(await Page.EvaluateAsync<string>("""
            async () => {
              const { readRequest } = await import('./js/form.js');
              const res = await fetch('/api/drafts', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(readRequest()) });
              return await res.text();
            }
            """));

    public ILocator Button(string name) => Page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
