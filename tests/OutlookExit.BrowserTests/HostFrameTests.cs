using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace OutlookExit.BrowserTests;

/// <summary>The pane as Outlook on the web loads it: inside a sandboxed, cross-origin iframe of the host page, under
/// the app's real headers, with no clipboard permission delegated to the frame. Any CSP violation, page error or
/// failed frame load fails the test.</summary>
public sealed class HostFrameTests(PaneFixture fixture, ITestOutputHelper output) : IClassFixture<PaneFixture>
{
    public const string CloudMicrosoft = "https://outlook.cloud.microsoft";
    public const string OfficeCom = "https://outlook.office.com";

    public static TheoryData<string> Hosts() => [CloudMicrosoft, OfficeCom];

    [Theory]
    [MemberData(nameof(Hosts))]
    public async Task ReadModeLoadsAndOpensTheReplyInsideTheHostFrame(string host)
    {
        await using var pane = await fixture.OpenInHostAsync(host, new { mode = "read" });
        Assert.StartsWith(fixture.BaseUrl, pane.Frame.Url);
        await Expect(pane.InsertButton()).ToHaveTextAsync("Insert into reply to Jordan Lee <jordan@acme.example>");
        await Expect(pane.Frame.Locator("#insert-target")).ToContainTextAsync("Re: Spring campaign");
        await pane.InsertButton().ClickAsync();
        await pane.Frame.GetByText("The reply is open").WaitForAsync();

        var call = Assert.Single(await pane.CallsNamedAsync("displayReplyFormAsync"));
        Assert.Equal((await pane.CurrentDraftAsync()).GetProperty("html").GetString(),
            call.GetProperty("args")[0].GetProperty("htmlBody").GetString());
        Assert.Empty(pane.Problems);
    }

    [Theory]
    [MemberData(nameof(Hosts))]
    public async Task ComposeModeInsertsAtTheCursorInsideTheHostFrame(string host)
    {
        await using var pane = await fixture.OpenInHostAsync(host, new { mode = "compose", bodyType = "html" });
        await pane.InsertButton().ClickAsync();
        await pane.Frame.GetByText("The draft is in your reply").WaitForAsync();
        var call = Assert.Single(await pane.CallsNamedAsync("body.setSelectedDataAsync"));
        Assert.Equal((await pane.CurrentDraftAsync()).GetProperty("html").GetString(), call.GetProperty("args")[0].GetString());
        Assert.Empty(await pane.CallsNamedAsync("body.setAsync"));
        Assert.Empty(pane.Problems);
    }

    /// <summary>Clipboard permission exists for the host page only, as in Outlook on the web: the frame's async
    /// clipboard call is refused, and the letter still reaches the clipboard the host page reads.</summary>
    [Theory]
    [MemberData(nameof(Hosts))]
    public async Task CopyInsideTheFrameReachesTheClipboardOfTheHostPage(string host)
    {
        await using var pane = await fixture.OpenInHostAsync(host, new { mode = "read" });
        await pane.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = host });
        // The frame itself may not use the async clipboard: the precondition this test is about.
        var refused = await pane.Frame.EvaluateAsync<string>(
            "() => navigator.clipboard.writeText('probe').then(() => 'allowed', (e) => e.name)");
        Assert.Equal("NotAllowedError", refused);

        await pane.Page.EvaluateAsync("() => navigator.clipboard.writeText('before')");
        await pane.Button("Copy").ClickAsync();
        await Expect(pane.Frame.Locator("#status")).ToHaveTextAsync("Copied. Paste it into your email.");
        var draft = await pane.CurrentDraftAsync();
        var text = await pane.Page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Equal(draft.GetProperty("text").GetString(), text);
        var html = await pane.Page.EvaluateAsync<string>("""
            async () => { const item = (await navigator.clipboard.read())[0];
                          return item.types.includes('text/html') ? await (await item.getType('text/html')).text() : ''; }
            """);
        Assert.Contains("Jordan", html);
        Assert.Contains("<p>", html);
        Assert.Empty(pane.Problems);
    }

    [Fact]
    public async Task CzechOutlookGetsACzechPaneInsideTheHostFrame()
    {
        await using var pane = await fixture.OpenInHostAsync(CloudMicrosoft, new { mode = "read", displayLanguage = "cs-CZ" }, new() { Locale = "cs-CZ" });
        Assert.Equal("cs", await pane.Frame.GetAttributeAsync("html", "lang"));
        await Expect(pane.Frame.Locator("h1")).ToHaveTextAsync("Ukončete spolupráci dobře");
        await Expect(pane.InsertButton("Vložit do (odpovědi|tohoto e-mailu)")).ToHaveTextAsync("Vložit do odpovědi pro Jordan Lee <jordan@acme.example>");
        Assert.Equal("cs", (await pane.CurrentDraftAsync()).GetProperty("language").GetString());
        await pane.InsertButton("Vložit do (odpovědi|tohoto e-mailu)").ClickAsync();
        await pane.Frame.GetByText("Odpověď je otevřená").WaitForAsync();
        Assert.Empty(pane.Problems);
    }

    [Fact]
    public async Task DarkOfficeThemeGivesADarkPaneInsideTheHostFrame()
    {
        await using var pane = await fixture.OpenInHostAsync(OfficeCom, new { mode = "read", theme = PaneFixture.DarkTheme });
        var colours = await pane.Frame.EvaluateAsync<string[]>(
            "() => [getComputedStyle(document.body).backgroundColor, document.documentElement.dataset.theme]");
        Assert.Equal(["rgb(41, 41, 41)", "dark"], colours);
        Assert.Empty(pane.Problems);
    }

    /// <summary>axe-core over the host page and the pane's frame, every section open; the same pane is photographed
    /// at 320 px inside the frame.</summary>
    [Theory]
    [InlineData("en", false)]
    [InlineData("en", true)]
    [InlineData("cs", false)]
    [InlineData("cs", true)]
    public async Task AxeFindsNoViolationsInsideTheHostFrame(string language, bool dark)
    {
        var cs = language == "cs";
        await using var pane = await fixture.OpenInHostAsync(CloudMicrosoft, new
        {
            mode = "read",
            displayLanguage = cs ? "cs-CZ" : "en-US",
            theme = dark ? PaneFixture.DarkTheme : null,
            userName = cs ? "Petr Dvořák" : "Alex Rivera",
            from = cs ? new { displayName = "Jana Nováková", emailAddress = "jana@firma.example" }
                : new { displayName = "Jordan Lee", emailAddress = "jordan@acme.example" },
        }, new() { Locale = cs ? "cs-CZ" : "en-US", Height = 700 });
        await pane.Frame.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
        var count = await pane.PreviewCountAsync();
        await pane.Frame.Locator("#f-client-company").FillAsync(cs ? "Firma s.r.o." : "Acme Ltd");
        await pane.WaitForPreviewAfterAsync(count);

        var result = await pane.Page.RunAxe();
        foreach (var v in result.Violations)
            output.WriteLine($"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Select(n => n.Target?.ToString()))}");
        Assert.Empty(result.Violations);
        // The audit reached into the frame: the pane's own controls were checked.
        Assert.Contains(result.Passes, p => p.Id == "color-contrast" && p.Nodes.Any(n => (n.Target?.ToString() ?? "").Contains("#insert")));

        await SaveFramedScreenshotAsync(pane, $"host-{language}-{(dark ? "dark" : "light")}.png");
        Assert.Empty(pane.Problems);
    }

    /// <summary>The host page grows to the pane's full height so the picture shows all of it, still 320 px wide.</summary>
    private async Task SaveFramedScreenshotAsync(Pane pane, string name)
    {
        Assert.Equal(320, await pane.Frame.EvaluateAsync<int>("() => document.documentElement.scrollWidth"));
        var height = await pane.Frame.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        await pane.Page.SetViewportSizeAsync(320, height);
        await pane.Page.EvaluateAsync("h => { document.getElementById('pane').style.height = h + 'px'; }", height);
        // The frame is a separate renderer: wait until it has the new size and has painted it.
        await pane.Frame.WaitForFunctionAsync($"() => innerHeight >= {height}");
        await pane.Frame.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
        await pane.Page.WaitForTimeoutAsync(300);
        var bytes = await pane.Page.ScreenshotAsync(new() { FullPage = true, Animations = ScreenshotAnimations.Disabled });
        var dirs = new List<string> { Path.Combine(AppContext.BaseDirectory, "screenshots") };
        // To refresh the README pictures: OUTLOOKEXIT_SCREENSHOTS=docs/screenshots (a path from the repository root).
        var target = Environment.GetEnvironmentVariable("OUTLOOKEXIT_SCREENSHOTS");
        if (!string.IsNullOrWhiteSpace(target)) dirs.Add(Path.IsPathRooted(target) ? target : Path.Combine(Repo.Root, target));
        foreach (var dir in dirs)
        {
            Directory.CreateDirectory(dir);
            await File.WriteAllBytesAsync(Path.Combine(dir, name), bytes);
        }
        output.WriteLine($"{name}: {bytes.Length:N0} bytes, 320×{height}");
    }
}
