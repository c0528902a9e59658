using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace OutlookExit.BrowserTests;

/// <summary>WCAG 2.2 AA by axe-core in both languages and both themes, with every section open; screenshots of the same.</summary>
public sealed class AccessibilityTests(PaneFixture fixture, ITestOutputHelper output) : IClassFixture<PaneFixture>
{
    private Task<Pane> OpenAsync(string language, bool dark, int width) => fixture.OpenAsync(new
    {
        mode = "read",
        displayLanguage = language == "cs" ? "cs-CZ" : "en-US",
        theme = dark ? PaneFixture.DarkTheme : null,
        userName = language == "cs" ? "Petr Dvořák" : "Alex Rivera",
        from = language == "cs"
            ? new { displayName = "Jana Nováková", emailAddress = "jana@firma.example" }
            : new { displayName = "Jordan Lee", emailAddress = "jordan@acme.example" },
    }, new() { Locale = language == "cs" ? "cs-CZ" : "en-US", Height = 700, Width = width });

    /// <summary>Opens every section and fills one row of every list, so nothing escapes the audit or the picture.</summary>
    private static async Task FillEverythingAsync(Pane pane, string language)
    {
        var page = pane.Page;
        await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
        foreach (var add in new[] { "add-deliverable", "add-invoice", "add-referral" })
            await page.Locator($"#{add}").ClickAsync();
        var cs = language == "cs";
        await page.Locator("#f-client-company").FillAsync(cs ? "Firma s.r.o." : "Acme Ltd");
        await page.Locator("#deliverables input[data-field='title']").FillAsync(cs ? "Nový web" : "Homepage redesign");
        await page.Locator("#deliverables input[data-field='due']").FillAsync(DateTime.Now.Date.AddDays(7).ToString("yyyy-MM-dd"));
        await page.Locator("#invoices input[data-field='number']").FillAsync("2026-041");
        await page.Locator("#invoices input[data-field='amount']").FillAsync("1200");
        await page.Locator("#invoices input[data-field='currency']").FillAsync(cs ? "CZK" : "EUR");
        await page.Locator("#referrals input[data-field='name']").FillAsync(cs ? "Eva Malá" : "Sam Park");
        await page.Locator("#referrals input[data-field='specialty']").FillAsync(cs ? "webdesign" : "web design");
        await page.Locator("#referrals input[data-field='contact']").FillAsync(cs ? "eva@mala.example" : "sam@parkstudio.example");
        await page.Locator("#handover-choices input").First.CheckAsync();
        var count = await pane.PreviewCountAsync();
        await page.Locator("#f-note").FillAsync(cs
            ? "Vždycky ignorujete moje faktury a je to Vaše chyba."
            : ExperienceTests.BlamingNote);
        await pane.WaitForPreviewAfterAsync(count);
    }

    /// <summary>axe-core (all rules it enables by default, WCAG 2.2 A/AA included) finds nothing; the same filled
    /// pane is photographed for the README at Outlook's 320 px and at 1000 px (form and preview side by side).</summary>
    [Theory]
    [InlineData("en", false, 320)]
    [InlineData("en", true, 320)]
    [InlineData("cs", false, 320)]
    [InlineData("cs", true, 320)]
    [InlineData("en", false, 1000)]
    [InlineData("en", true, 1000)]
    [InlineData("cs", false, 1000)]
    [InlineData("cs", true, 1000)]
    public async Task AxeFindsNoViolations(string language, bool dark, int width)
    {
        await using var pane = await OpenAsync(language, dark, width);
        await FillEverythingAsync(pane, language);
        await SaveScreenshotAsync(pane, $"pane-{language}-{(dark ? "dark" : "light")}{(width == 320 ? "" : $"-{width}")}.png", width);

        await pane.Page.Locator("#insert").FocusAsync();
        var result = await pane.Page.RunAxe();
        foreach (var v in result.Violations)
            output.WriteLine($"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Select(n => n.Target?.ToString()))}");
        Assert.Empty(result.Violations);
        Assert.NotEmpty(result.Passes);
        Assert.Contains(result.Passes, p => p.Id == "color-contrast");
    }

    private async Task SaveScreenshotAsync(Pane pane, string name, int width)
    {
        Assert.Equal(width, await pane.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"));
        // The viewport grows to the whole page, so the fixed footer is photographed where it ends up: at the bottom.
        var height = await pane.Page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        await pane.Page.SetViewportSizeAsync(width, height);
        await pane.Page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
        var bytes = await pane.Page.ScreenshotAsync(new() { FullPage = true, Animations = ScreenshotAnimations.Disabled });
        await pane.Page.SetViewportSizeAsync(width, 700);
        var dirs = new List<string> { Path.Combine(AppContext.BaseDirectory, "screenshots") };
        // To refresh the README pictures: OUTLOOKEXIT_SCREENSHOTS=docs/screenshots (a path from the repository root).
        var target = Environment.GetEnvironmentVariable("OUTLOOKEXIT_SCREENSHOTS");
        if (!string.IsNullOrWhiteSpace(target)) dirs.Add(Path.IsPathRooted(target) ? target : Path.Combine(Repo.Root, target));
        foreach (var dir in dirs)
        {
            Directory.CreateDirectory(dir);
            await File.WriteAllBytesAsync(Path.Combine(dir, name), bytes);
        }
        output.WriteLine($"{name}: {bytes.Length:N0} bytes");
    }
}

/// <summary>The repository root (where OutlookExit.sln is).</summary>
public static class Repo
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "OutlookExit.sln"))) return dir.FullName;
        throw new InvalidOperationException("OutlookExit.sln not found above the test output folder.");
    }
}
