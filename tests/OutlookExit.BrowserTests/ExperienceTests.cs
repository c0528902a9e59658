using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OutlookExit.BrowserTests;

/// <summary>What the user sees and keeps: language, theme, remembered defaults, tone check, errors, life outside Outlook.</summary>
public sealed class ExperienceTests(PaneFixture fixture) : IClassFixture<PaneFixture>
{
    /// <summary>Flagged by the real tone checker as blame (and an absolute).</summary>
    public const string BlamingNote = "You always ignore my invoices and it is your fault.";

    [Fact]
    public async Task RoamingSettingsRememberTheUsersDefaultsAndNothingAboutTheClient()
    {
        string saved;
        await using (var pane = await fixture.OpenAsync(new { mode = "read" }))
        {
            var page = pane.Page;
            await page.GetByText("About you (remembered)").ClickAsync();
            await page.GetByLabel("Business name").FillAsync("Rivera Studio");
            await page.GetByLabel("Signature", new() { Exact = true }).FillAsync("Alex Rivera\nRivera Studio");
            await page.GetByLabel("Tone", new() { Exact = true }).SelectOptionAsync("warm");
            await page.GetByLabel("Notice (days)").FillAsync("21");
            await page.GetByText("Handover and help").ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Add colleague" }).ClickAsync();
            var row = page.Locator("#referrals li").First;
            await row.GetByLabel("Name").FillAsync("Sam Park");
            await row.GetByLabel("Does").FillAsync("web design");
            await row.GetByLabel("Contact").FillAsync("sam@parkstudio.example");
            await page.WaitForFunctionAsync("""
                () => { const d = window.__office.saved.value?.['outlookexit.defaults'];
                        return d && d.business === 'Rivera Studio' && d.tone === 'warm' && d.noticeDays === 21
                          && d.referrals?.[0]?.contact === 'sam@parkstudio.example'; }
                """);
            saved = await page.EvaluateAsync<string>("() => JSON.stringify(window.__office.saved.value)");
            Assert.NotEmpty(await pane.CallsNamedAsync("roamingSettings.saveAsync"));
        }
        Assert.DoesNotContain("Jordan", saved);
        Assert.DoesNotContain("acme", saved, StringComparison.OrdinalIgnoreCase);

        var roaming = JsonSerializer.Deserialize<JsonElement>(saved);
        await using var again = await fixture.OpenAsync(new { mode = "read", roaming });
        var p = again.Page;
        Assert.Equal("Rivera Studio", await p.Locator("#f-sender-business").InputValueAsync());
        Assert.Equal("Alex Rivera\nRivera Studio", await p.Locator("#f-signature").InputValueAsync());
        Assert.Equal("warm", await p.Locator("#f-tone").InputValueAsync());
        Assert.Equal("21", await p.Locator("#f-notice").InputValueAsync());
        Assert.Equal("Sam Park", await p.Locator("#referrals li input[data-field='name']").InputValueAsync());
        Assert.Equal("Jordan Lee", await p.Locator("#f-client-name").InputValueAsync());

        // Removing the colleague is remembered too.
        await p.GetByText("Handover and help").ClickAsync();
        await p.GetByRole(AriaRole.Button, new() { Name = "Remove colleague 1" }).ClickAsync();
        await p.WaitForFunctionAsync("() => window.__office.saved.value?.['outlookexit.defaults']?.referrals?.length === 0");
        await Expect(p.Locator("#add-referral")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task CzechOutlookGetsACzechPaneAndACzechLetter()
    {
        await using var pane = await fixture.OpenAsync(new { mode = "read", displayLanguage = "cs-CZ" }, new() { Locale = "cs-CZ" });
        var page = pane.Page;
        Assert.Equal("cs", await page.GetAttributeAsync("html", "lang"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Ukončete spolupráci dobře");
        await Expect(pane.InsertButton("Vložit do (odpovědi|tohoto e-mailu)")).ToBeVisibleAsync();
        await Expect(pane.Button("Kopírovat")).ToBeVisibleAsync();
        Assert.Equal("cs", await page.Locator("#f-language").InputValueAsync());
        // No English key or string leaks into the visible Czech UI.
        var text = await page.Locator("body").InnerTextAsync();
        Assert.DoesNotContain("Insert into reply", text);
        Assert.Equal(0, await page.EvaluateAsync<int>(
            "() => [...document.querySelectorAll('[data-i18n]')].filter(e => e.textContent === e.dataset.i18n).length"));
        // The request asks the API for a Czech letter.
        var draft = await pane.CurrentDraftAsync();
        Assert.Equal("cs", draft.GetProperty("language").GetString());
    }

    [Fact]
    public async Task DarkOfficeThemeGivesADarkPane()
    {
        await using var pane = await fixture.OpenAsync(new
        {
            mode = "read",
            theme = new { bodyBackgroundColor = "#1f1f1f", bodyForegroundColor = "#ffffff", controlBackgroundColor = "#2b2b2b", controlForegroundColor = "#ffffff" },
        });
        var colours = await pane.Page.EvaluateAsync<string[]>("""
            () => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color,
                   getComputedStyle(document.getElementById('f-note')).backgroundColor, document.documentElement.dataset.theme]
            """);
        Assert.Equal("rgb(41, 41, 41)", colours[0]);
        Assert.Equal("rgb(255, 255, 255)", colours[1]);
        Assert.Equal("rgb(41, 41, 41)", colours[2]);
        Assert.Equal("dark", colours[3]);
    }

    [Fact]
    public async Task LightOfficeThemeWinsOverADarkSystemPreference()
    {
        await using var pane = await fixture.OpenAsync(new { mode = "read", theme = new { bodyBackgroundColor = "#ffffff" } },
            new() { ColorScheme = ColorScheme.Dark });
        Assert.Equal("rgb(255, 255, 255)", await pane.Page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
    }

    [Fact]
    public async Task BlamingPersonalNoteIsMarkedWithASuggestion()
    {
        await using var pane = await fixture.OpenAsync(new { mode = "read" });
        var page = pane.Page;
        await page.GetByLabel("Personal note (optional)").FillAsync(BlamingNote);
        var tone = page.Locator("#tone");
        await Expect(tone).ToBeVisibleAsync();
        var marks = tone.Locator("mark");
        Assert.True(await marks.CountAsync() >= 1);
        var marked = string.Join(" ", await marks.AllTextContentsAsync());
        Assert.True(BlamingNote.Contains(marked.Split(' ')[0]), $"marked text '{marked}' comes from the note");
        await Expect(tone.Locator(".suggestion").First).ToContainTextAsync("Try:");
        await Expect(tone.Locator(".finding").First).ToContainTextAsync("Change this");
    }

    [Fact]
    public async Task ASecretInThePersonalNoteIsRefusedAndExplained()
    {
        await using var pane = await fixture.OpenAsync(new { mode = "read" });
        var page = pane.Page;
        var before = await page.Locator("#preview").InnerTextAsync();
        await page.GetByLabel("Personal note (optional)").FillAsync("The password is Xk9#mQ2v!Lp7zR4t");
        var error = page.Locator("#preview-error");
        await Expect(error).ToBeVisibleAsync();
        await Expect(error).ToContainTextAsync("password manager");
        await Expect(page.Locator("#f-note")).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.DoesNotContain("Xk9#mQ2v", await error.TextContentAsync());
        Assert.Equal(before, await page.Locator("#preview").InnerTextAsync());
    }

    [Fact]
    public async Task AMissingNameIsShownNextToTheField()
    {
        await using var pane = await fixture.OpenAsync(new { mode = "read", userName = "" });
        var page = pane.Page;
        // Nothing is flagged before the user has done anything, nor when they edit another field.
        await Expect(page.Locator("#preview-error")).ToBeHiddenAsync();
        Assert.Equal(0, await page.Locator("[aria-invalid='true']").CountAsync());
        await page.GetByLabel("Company").FillAsync("Acme Ltd");
        await page.WaitForFunctionAsync("() => document.getElementById('preview-meta').textContent.includes('not finished')");
        Assert.Equal(0, await page.Locator("[aria-invalid='true']").CountAsync());
        // An action shows it, names it and moves the focus there.
        await pane.InsertButton().ClickAsync();
        await Expect(page.Locator("#preview-error")).ToBeVisibleAsync();
        await Expect(page.Locator("#f-sender-name")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#f-sender-name")).ToBeFocusedAsync();
        await Expect(page.Locator("#status")).ToContainTextAsync("Check “Your name”");
        Assert.True(await page.Locator("#about-you").GetAttributeAsync("open") is not null, "the section with the error opens");
        await page.GetByLabel("Your name").FillAsync("Alex Rivera");
        await Expect(page.Locator("#preview-error")).ToBeHiddenAsync();
        await Expect(page.Locator("#f-sender-name")).Not.ToHaveAttributeAsync("aria-invalid", "true");
    }

    [Fact]
    public async Task PresetsSetTheLastWorkingDay()
    {
        await using var pane = await fixture.OpenAsync(new { mode = "read" });
        var page = pane.Page;
        await page.GetByRole(AriaRole.Button, new() { Name = "Two weeks from today" }).ClickAsync();
        var expected = DateTime.Now.Date.AddDays(14).ToString("yyyy-MM-dd");
        Assert.Equal(expected, await page.Locator("#f-last-day").InputValueAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "End of current project" }).ClickAsync();
        await Expect(page.Locator("#preset-note")).ToBeVisibleAsync();
        await page.GetByText("Work and money").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add work item" }).ClickAsync();
        var row = page.Locator("#deliverables li").First;
        await row.GetByRole(AriaRole.Textbox, new() { Name = "Work item" }).FillAsync("Homepage redesign");
        var due = DateTime.Now.Date.AddDays(20).ToString("yyyy-MM-dd");
        await row.GetByLabel("Due", new() { Exact = true }).FillAsync(due);
        await page.GetByRole(AriaRole.Button, new() { Name = "End of current project" }).ClickAsync();
        Assert.Equal(due, await page.Locator("#f-last-day").InputValueAsync());
        await Expect(page.Locator("#preset-note")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task ThePaneIsKeyboardOperable()
    {
        await using var pane = await fixture.OpenAsync(new { mode = "compose" });
        var page = pane.Page;
        // Tab from the top reaches the kind choice, and arrow keys change it.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("kind", await page.EvaluateAsync<string>("() => document.activeElement.name"));
        await page.Keyboard.PressAsync("ArrowRight");
        Assert.Equal("thankYou", await page.EvaluateAsync<string>("() => document.activeElement.value"));
        // Reaching "Insert into reply" by Tab and pressing Enter inserts.
        for (var i = 0; i < 80 && await page.EvaluateAsync<string>("() => document.activeElement.id") != "insert"; i++)
            await page.Keyboard.PressAsync("Tab");
        Assert.Equal("insert", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Keyboard.PressAsync("Enter");
        await page.GetByText("The draft is in your reply").WaitForAsync();
    }

    [Fact]
    public async Task InAPlainBrowserThePaneComposesAndCopiesAndSaysInsertionNeedsOutlook()
    {
        await using var pane = await fixture.OpenAsync(new { host = (string?)null });
        var page = pane.Page;
        await pane.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = fixture.BaseUrl });
        await Expect(page.Locator("#host-note")).ToContainTextAsync("needs Outlook");
        await Expect(pane.InsertButton()).ToBeDisabledAsync();
        await Expect(page.Locator("#create-draft")).ToBeHiddenAsync();

        await page.GetByLabel("Your name").FillAsync("Alex Rivera");
        await page.GetByLabel("Contact name").FillAsync("Jordan Lee");
        await pane.Button("Copy").ClickAsync();
        await Expect(page.Locator("#status")).ToContainTextAsync("Copied");
        var draft = await pane.CurrentDraftAsync();
        var types = await page.EvaluateAsync<string[]>("async () => (await navigator.clipboard.read())[0].types");
        Assert.Contains("text/html", types);
        Assert.Contains("text/plain", types);
        Assert.Equal(draft.GetProperty("text").GetString(), await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
    }

    [Fact]
    public async Task WithoutOfficeJsAtAllThePaneStillWorks()
    {
        await using var pane = await fixture.OpenAsync(options: new() { Office = OfficeMode.None });
        var page = pane.Page;
        await Expect(page.Locator("#host-note")).ToBeVisibleAsync();
        await page.GetByLabel("Your name").FillAsync("Alex Rivera");
        var count = await pane.PreviewCountAsync();
        await page.GetByLabel("Contact name").FillAsync("Jordan Lee");
        await pane.WaitForPreviewAfterAsync(count);
        Assert.False(string.IsNullOrWhiteSpace(await page.Locator("#preview").InnerTextAsync()));
    }

    [Fact]
    public async Task ThePageRunsUnderItsContentSecurityPolicyWithoutViolations()
    {
        var response = await fixture.Http.GetAsync("/");
        Assert.Contains("script-src 'self' https://appsforoffice.microsoft.com", response.Headers.GetValues("Content-Security-Policy").Single());
        await using var pane = await fixture.OpenAsync(new { mode = "read" }, new()
        {
            Setup = c => c.AddInitScriptAsync(
                "window.__csp = []; document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));"),
        });
        var page = pane.Page;
        await page.GetByLabel("Personal note (optional)").FillAsync(BlamingNote);
        await page.GetByText("Work and money").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add invoice" }).ClickAsync();
        await pane.InsertButton().ClickAsync();
        // The blaming note gets a second look first; going ahead anyway opens the reply.
        await pane.Button("Insert anyway").ClickAsync();
        await page.GetByText("The reply is open").WaitForAsync();
        Assert.Empty(await page.EvaluateAsync<string[]>("() => window.__csp"));
        Assert.Equal(0, await page.Locator("[style], [onclick], [onload], [oninput]").CountAsync());
        Assert.Equal(0, await page.Locator("script:not([src])").CountAsync());
    }

    [Fact]
    public async Task WhenTheServerCannotBeReachedThePaneSaysSoInItsLanguage()
    {
        await using var pane = await fixture.OpenAsync(new { mode = "read", displayLanguage = "cs-CZ" }, new()
        {
            Setup = c => c.RouteAsync("**/api/**", route => route.AbortAsync()),
        });
        await Expect(pane.Page.Locator("#preview-error")).ToContainTextAsync("Server OutlookExit není dostupný");
        await pane.InsertButton("Vložit do (odpovědi|tohoto e-mailu)").ClickAsync();
        await Expect(pane.Page.Locator("#status")).ToContainTextAsync("není dostupný");
        Assert.Empty(await pane.CallsNamedAsync("displayReplyFormAsync"));
    }

    [Fact]
    public async Task BrowsersWithoutModulesGetAPlainMessageAndModernOnesNeverLoadIt()
    {
        var loaded = new List<string>();
        await using var pane = await fixture.OpenAsync(new { mode = "read", displayLanguage = "cs-CZ" }, new()
        {
            Locale = "cs-CZ",
            Setup = c => { c.Request += (_, r) => loaded.Add(r.Url); return Task.CompletedTask; },
        });
        Assert.DoesNotContain(loaded, u => u.Contains("nomodule", StringComparison.Ordinal));
        // What an old pane would run: the classic script alone.
        await pane.Page.AddScriptTagAsync(new() { Url = "js/nomodule.js" });
        await Expect(pane.Page.Locator("#host-note")).ToContainTextAsync("příliš stará");
    }

    [Fact]
    public async Task BrowsersWithoutModulesInAnotherLanguageGetTheEnglishWording()
    {
        await using var pane = await fixture.OpenAsync(new { mode = "read", displayLanguage = "de-DE" }, new() { Locale = "de-DE" });
        await pane.Page.AddScriptTagAsync(new() { Url = "js/nomodule.js" });
        // The line from en.json, not the fallback built into the script.
        await Expect(pane.Page.Locator("#host-note")).ToContainTextAsync("open this page in a browser and use Copy");
    }

    [Fact]
    public async Task AskingForACallHidesThePlanAndComposesTheRequest()
    {
        await using var pane = await fixture.OpenAsync(new { mode = "read" });
        var page = pane.Page;
        var count = await pane.PreviewCountAsync();
        await page.GetByText("Conversation request").ClickAsync();
        await pane.WaitForPreviewAfterAsync(count);
        await Expect(page.Locator("#sec-reason")).ToBeHiddenAsync();
        await Expect(page.Locator("#timeline")).ToBeHiddenAsync();
        await Expect(page.GetByText("Work and money")).ToBeHiddenAsync();
        await Expect(page.GetByText("Handover and help")).ToBeHiddenAsync();
        var draft = await pane.CurrentDraftAsync();
        Assert.Equal("conversationRequest", draft.GetProperty("kind").GetString());
        Assert.False(string.IsNullOrWhiteSpace(await page.Locator("#kind-guidance").TextContentAsync()));
    }

    [Fact]
    public async Task OutsideOfficeTheSystemColourSchemeDecidesAndIsFollowed()
    {
        await using var pane = await fixture.OpenAsync(new { host = (string?)null }, new() { ColorScheme = ColorScheme.Dark });
        Assert.Equal("dark", await pane.Page.GetAttributeAsync("html", "data-theme"));
        await pane.Page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });
        await Expect(pane.Page.Locator("html")).ToHaveAttributeAsync("data-theme", "light");
    }
}
