using Microsoft.Playwright;
using Xunit.Abstractions;

namespace OutlookExit.BrowserTests;

/// <summary>The pane stays small and the preview follows typing quickly.</summary>
public sealed class PerformanceTests(PaneFixture fixture, ITestOutputHelper output) : IClassFixture<PaneFixture>
{
    private const int PayloadBudget = 100 * 1024;
    private const int DebounceMs = 300;

    [Fact]
    public async Task PanePayloadExcludingOfficeJsIsAtMost100KB()
    {
        var context = await fixture.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 320, Height = 900 } });
        await context.AddInitScriptAsync("window.__officeScenario = { mode: 'read' };");
        await context.RouteAsync("https://appsforoffice.microsoft.com/**", route =>
            route.FulfillAsync(new() { Status = 200, ContentType = "application/javascript", Body = PaneFixture.OfficeStub }));
        var finished = new List<IRequest>();
        var page = await context.NewPageAsync();
        page.RequestFinished += (_, r) => { lock (finished) finished.Add(r); };
        await page.GotoAsync(fixture.BaseUrl + "/");
        await page.WaitForSelectorAsync("body[data-ready='true']");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        long total = 0;
        IRequest[] requests;
        lock (finished) requests = [.. finished];
        foreach (var r in requests.Where(r => r.Url.StartsWith(fixture.BaseUrl, StringComparison.Ordinal) && !new Uri(r.Url).AbsolutePath.StartsWith("/api/")))
        {
            var sizes = await r.SizesAsync();
            var bytes = sizes.ResponseBodySize + sizes.ResponseHeadersSize;
            total += bytes;
            output.WriteLine($"{bytes,8:N0}  {new Uri(r.Url).AbsolutePath}");
        }
        output.WriteLine($"{total,8:N0}  total bytes transferred (bodies and headers, office.js excluded)");
        Assert.DoesNotContain(requests, r => r.Url.Contains("/vendor/msal", StringComparison.Ordinal));
        Assert.True(requests.Count(r => r.Url.StartsWith(fixture.BaseUrl, StringComparison.Ordinal)) >= 8, "the pane's files were counted");
        Assert.True(total <= PayloadBudget, $"pane payload {total:N0} bytes exceeds {PayloadBudget:N0}");
        await context.CloseAsync();
    }

    [Fact]
    public async Task PreviewFollowsTheLastKeystrokeQuickly()
    {
        await using var pane = await fixture.OpenAsync(new { mode = "read" });
        var page = pane.Page;
        await page.EvaluateAsync("() => { window.__lastInput = 0; document.getElementById('f-note').addEventListener('input', () => { window.__lastInput = performance.now(); }); }");
        var samples = new List<double>();
        var words = new[] { "Thank you for the spring campaign.", " It was a pleasure.", " Good luck with the launch.", " All the best.", " Warm regards to the team.", " Until next time.", " Thanks again." };
        foreach (var text in words)
        {
            var count = await pane.PreviewCountAsync();
            await page.Locator("#f-note").PressSequentiallyAsync(text, new() { Delay = 20 });
            await pane.WaitForPreviewAfterAsync(count);
            var ms = await page.EvaluateAsync<double>(
                "() => performance.getEntriesByName('preview-updated').at(-1).startTime - window.__lastInput");
            samples.Add(ms - DebounceMs);
        }
        samples.Sort();
        var median = samples[samples.Count / 2];
        output.WriteLine($"preview latency after the {DebounceMs} ms debounce, {samples.Count} samples: median {median:F0} ms, max {samples[^1]:F0} ms ({string.Join(", ", samples.Select(s => s.ToString("F0")))})");
        Assert.All(samples, s => Assert.True(s >= 0, "the preview waited for the debounce"));
        Assert.True(median < 500, $"median preview latency {median:F0} ms");
    }
}
