using System.Diagnostics;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace OutlookExit.BrowserTests;

/// <summary>The pane as a short flow at Outlook's real pane size: the footer and its Insert always on screen, the
/// second look before blaming words go out, validation that names the field, start-up that never looks broken.</summary>
public sealed class FlowTests(PaneFixture fixture, ITestOutputHelper output) : IClassFixture<PaneFixture>
{
    private static string Day(int days) => DateTime.Now.Date.AddDays(days).ToString("yyyy-MM-dd");

    /// <summary>The full scenario: two work items, an invoice, the handover, a colleague to recommend, then Insert.
    /// The client and the user come from Outlook; the handover items start ticked, the currency is filled in.</summary>
    public static List<Step> FullPlan() =>
    [
        new("#sec-work > summary"),
        new("#deliverables li:nth-child(1) input[data-field='title']", "Homepage redesign"),
        new("#deliverables li:nth-child(1) input[data-field='due']", Day(7)),
        new("#add-deliverable"),
        new("#deliverables li:nth-child(2) input[data-field='title']", "Newsletter template"),
        new("#deliverables li:nth-child(2) input[data-field='due']", Day(9)),
        new("#invoices li input[data-field='number']", "2026-041"),
        new("#invoices li input[data-field='amount']", "1200"),
        new("#invoices li input[data-field='due']", Day(10)),
        new("#sec-handover > summary"),
        new("#referrals li input[data-field='name']", "Sam Park"),
        new("#referrals li input[data-field='specialty']", "web design"),
        new("#referrals li input[data-field='contact']", "sam@parkstudio.example"),
        new("#insert"),
    ];

    private static Task<bool> InViewportAsync(IFrame frame, string selector) => frame.EvaluateAsync<bool>(
        "s => { const r = document.querySelector(s).getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight && r.height > 0; }", selector);

    [Fact]
    public async Task At320By700TheFootersInsertIsOnScreenOnLoadAndAfterAFullPlan()
    {
        await using var pane = await fixture.OpenInHostAsync(HostFrameTests.CloudMicrosoft, new { mode = "read" }, new() { Height = 700 });
        var frame = pane.Frame;
        Assert.Equal(700, await frame.EvaluateAsync<int>("() => innerHeight"));
        Assert.True(await InViewportAsync(frame, "#insert"), "Insert is on screen on load");
        var plan = FullPlan();
        await StepCounter.RunWithMouseAsync(frame, plan.Take(plan.Count - 1));
        await frame.WaitForFunctionAsync("() => document.getElementById('preview').textContent.includes('Newsletter template')");
        foreach (var where in new[] { "0", "document.documentElement.scrollHeight / 2", "document.documentElement.scrollHeight" })
        {
            await frame.EvaluateAsync($"() => window.scrollTo(0, {where})");
            Assert.True(await InViewportAsync(frame, "#insert"), $"Insert is on screen scrolled to {where}");
            Assert.True(await InViewportAsync(frame, "#copy"), $"Copy is on screen scrolled to {where}");
        }
        // The preview is part of the page, not a scroll box inside it.
        Assert.True(await frame.EvaluateAsync<bool>("() => { const p = document.getElementById('preview'); return p.scrollHeight <= p.clientHeight + 1; }"));
        // One step to the preview from anywhere.
        await frame.EvaluateAsync("() => window.scrollTo(0, 0)");
        await frame.Locator("#to-preview").ClickAsync();
        await Expect(frame.Locator("#preview")).ToBeFocusedAsync();
        Assert.True(await frame.EvaluateAsync<bool>("() => document.getElementById('preview-box').getBoundingClientRect().top < innerHeight"));
        await pane.InsertButton().ClickAsync();
        await frame.GetByText("The reply is open").WaitForAsync();
        Assert.Empty(pane.Problems);
    }

    /// <summary>Steps to a sendable draft for the full scenario, counted with the mouse (clicks on controls, fields typed,
    /// each field clicked into once) and with the keyboard alone (Tab presses). README, "Steps to a sendable draft".</summary>
    [Fact]
    public async Task TheFullScenarioTakesAtMostFourteenClicks()
    {
        var plan = FullPlan();
        var fields = plan.Count(s => s.IsField);
        int clicks;
        await using (var pane = await fixture.OpenAsync(new { mode = "read" }, new() { Height = 700 }))
        {
            clicks = await StepCounter.RunWithMouseAsync(pane.Frame, plan);
            await pane.Page.GetByText("The reply is open").WaitForAsync();
            var html = (await pane.CallsNamedAsync("displayReplyFormAsync")).Single().GetProperty("args")[0].GetProperty("htmlBody").GetString()!;
            foreach (var part in new[] { "Homepage redesign", "Newsletter template", "2026-041", "Sam Park" }) Assert.Contains(part, html);
        }
        int tabs, keys;
        await using (var pane = await fixture.OpenAsync(new { mode = "read" }, new() { Height = 700 }))
        {
            (tabs, keys) = await StepCounter.RunWithKeyboardAsync(pane.Page, pane.Frame, plan);
            await pane.Page.GetByText("The reply is open").WaitForAsync();
        }
        output.WriteLine($"mouse: {clicks} clicks on controls + {fields} fields = {clicks + fields} clicks; keyboard: {tabs} Tab presses, {keys} Space/Enter");
        Assert.True(clicks + fields <= 14, $"{clicks + fields} clicks");
    }

    public const string TwoBlames = "You never paid on time. Your fault.";

    [Fact]
    public async Task ErrorFindingsGetASecondLookAndInsertAnywayInserts()
    {
        await using var pane = await fixture.OpenInHostAsync(HostFrameTests.OfficeCom, new { mode = "read" }, new() { Height = 700 });
        var frame = pane.Frame;
        var count = await pane.PreviewCountAsync();
        await frame.Locator("#f-note").FillAsync(TwoBlames);
        await pane.WaitForPreviewAfterAsync(count);
        await Expect(frame.Locator("#open-findings")).ToBeVisibleAsync();
        await pane.InsertButton().ClickAsync();
        await Expect(frame.Locator("#second-look")).ToBeVisibleAsync();
        await Expect(frame.Locator("#second-look-text")).ToHaveTextAsync("2 phrases may still upset the client.");
        Assert.True(await InViewportAsync(frame, "#second-look"));
        Assert.Empty(await pane.CallsNamedAsync("displayReplyFormAsync"));
        // Review goes to the words.
        await pane.Button("Review").ClickAsync();
        await Expect(frame.Locator("#f-note")).ToBeFocusedAsync();
        await Expect(frame.Locator("#tone mark").First).ToBeVisibleAsync();
        // Asked again, the user goes ahead.
        await pane.InsertButton().ClickAsync();
        await pane.Button("Insert anyway").ClickAsync();
        await frame.GetByText("The reply is open").WaitForAsync();
        var call = Assert.Single(await pane.CallsNamedAsync("displayReplyFormAsync"));
        Assert.Equal((await pane.CurrentDraftAsync()).GetProperty("html").GetString(), call.GetProperty("args")[0].GetProperty("htmlBody").GetString());
        Assert.Empty(pane.Problems);
    }

    [Fact]
    public async Task IgnoringTheErrorFindingsLetsInsertGoStraightThrough()
    {
        await using var pane = await fixture.OpenAsync(new { mode = "read" }, new() { Height = 700 });
        var count = await pane.PreviewCountAsync();
        await pane.Frame.Locator("#f-note").FillAsync(TwoBlames);
        await pane.WaitForPreviewAfterAsync(count);
        var ignores = pane.Frame.Locator("#tone .finding:has(strong:text('Change this')) button.ignore");
        while (await ignores.CountAsync() > 0) await ignores.First.ClickAsync();
        await pane.InsertButton().ClickAsync();
        await pane.Frame.GetByText("The reply is open").WaitForAsync();
        await Expect(pane.Frame.Locator("#second-look")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task ApplyReplacesTheMarkedWords()
    {
        await using var pane = await fixture.OpenAsync(new { mode = "read" }, new() { Height = 700 });
        var frame = pane.Frame;
        var count = await pane.PreviewCountAsync();
        await frame.Locator("#f-note").FillAsync("As per my last email, the files are ready.");
        await pane.WaitForPreviewAfterAsync(count);
        await Expect(frame.Locator("#tone mark")).ToHaveTextAsync("As per my last email");
        count = await pane.PreviewCountAsync();
        await frame.Locator("#tone button.apply").ClickAsync();
        Assert.Equal("To recap, the files are ready.", await frame.Locator("#f-note").InputValueAsync());
        await pane.WaitForPreviewAfterAsync(count);
        await Expect(frame.Locator("#preview")).ToContainTextAsync("To recap, the files are ready.");
        await Expect(frame.Locator("#tone")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task FieldsAreValidatedAfterTheyWereEditedAndAFailedActionFocusesTheNamedField()
    {
        await using var pane = await fixture.OpenAsync(new { mode = "read" }, new() { Height = 700 });
        var frame = pane.Frame;
        await frame.Locator("#sec-work > summary").ClickAsync();
        // Typing an invoice number does not turn the other fields of the row red.
        await frame.Locator("#invoices input[data-field='number']").FillAsync("2026-041");
        await frame.WaitForFunctionAsync("() => document.getElementById('preview-meta').textContent.includes('not finished')");
        Assert.Equal(0, await frame.Locator("[aria-invalid='true']").CountAsync());
        Assert.Equal("EUR", await frame.Locator("#invoices input[data-field='currency']").InputValueAsync());
        // The status region is polite, never an alert.
        Assert.Equal(0, await frame.Locator("[role='alert']").CountAsync());
        Assert.Equal("polite", await frame.Locator("#status").GetAttributeAsync("aria-live"));
        await frame.Locator("#sec-handover > summary").ClickAsync();
        await Expect(frame.Locator("#invoices input[data-field='amount']")).ToBeHiddenAsync();
        await pane.InsertButton().ClickAsync();
        var amount = frame.Locator("#invoices input[data-field='amount']");
        await Expect(amount).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(amount).ToBeFocusedAsync();
        await Expect(amount).ToBeInViewportAsync();
        await Expect(frame.Locator("#status")).ToContainTextAsync("Check “Invoice 1: Amount”");
        Assert.Empty(await pane.CallsNamedAsync("displayReplyFormAsync"));
    }

    [Fact]
    public async Task AKindErrorIsShownAtTheKindChoice()
    {
        await using var pane = await fixture.OpenAsync(new { mode = "read" }, new()
        {
            Setup = c => c.RouteAsync("**/api/drafts", route => route.FulfillAsync(new()
            {
                Status = 400, ContentType = "application/problem+json",
                Body = """{"title":"One or more validation errors occurred.","status":400,"errors":{"kind":["Is required: one of conversationRequest, termination, thankYou."]}}""",
            })),
        });
        await pane.InsertButton().ClickAsync();
        await Expect(pane.Frame.Locator("#kind-choices + .field-error")).ToContainTextAsync("Is required");
        Assert.Equal("kind", await pane.Frame.EvaluateAsync<string>("() => document.activeElement.name"));
        Assert.Equal("true", await pane.Frame.EvaluateAsync<string>("() => document.activeElement.getAttribute('aria-invalid')"));
        Assert.Null(await pane.Frame.Locator("#f-tone").GetAttributeAsync("aria-invalid"));
    }

    [Fact]
    public async Task EveryApiCallNamesTheUiLanguage()
    {
        var seen = new List<(string Url, string? Language)>();
        await using var pane = await fixture.OpenAsync(new { mode = "read", displayLanguage = "cs-CZ" }, new()
        {
            Locale = "en-US",
            Setup = c => { c.Request += (_, r) => { if (r.Url.Contains("/api/")) lock (seen) seen.Add((r.Url, r.Headers.GetValueOrDefault("accept-language"))); }; return Task.CompletedTask; },
        });
        lock (seen)
        {
            Assert.Contains(seen, s => s.Url.Contains("/api/options"));
            Assert.Contains(seen, s => s.Url.Contains("/api/drafts"));
            Assert.All(seen, s => Assert.Equal("cs", s.Language));
        }
    }

    /// <summary>The messages next to the fields are the API's, written in the pane's language (Accept-Language), not in
    /// English; the letter language stays what the user picked.</summary>
    [Fact]
    public async Task CzechOutlookShowsCzechFieldErrors()
    {
        await using var pane = await fixture.OpenAsync(new { mode = "read", displayLanguage = "cs-CZ" }, new() { Locale = "cs-CZ", Height = 700 });
        var frame = pane.Frame;
        await frame.Locator("#f-language").SelectOptionAsync("en");
        await frame.Locator("#sec-work > summary").ClickAsync();
        await frame.Locator("#invoices input[data-field='number']").FillAsync("2026-041");
        await pane.InsertButton("Vložit do (odpovědi|tohoto e-mailu)").ClickAsync();
        var error = frame.Locator("#invoices .field-error");
        await Expect(error).ToBeVisibleAsync();
        var shown = await error.TextContentAsync();
        var request = await frame.EvaluateAsync<string>("async () => JSON.stringify((await import('./js/form.js')).readRequest())");
        async Task<string> MessageIn(string language)
        {
            using var message = new HttpRequestMessage(HttpMethod.Post, "/api/drafts") { Content = new StringContent(request, System.Text.Encoding.UTF8, "application/json") };
            message.Headers.Add("Accept-Language", language);
            var problem = JsonSerializer.Deserialize<JsonElement>(await (await fixture.Http.SendAsync(message)).Content.ReadAsStringAsync());
            return string.Join(" ", problem.GetProperty("errors").GetProperty("plan.invoices[0].amount").EnumerateArray().Select(m => m.GetString()));
        }
        var cs = await MessageIn("cs");
        var en = await MessageIn("en");
        Assert.Equal(cs, shown);
        Assert.NotEqual(en, cs);
        await Expect(frame.Locator("#status")).ToContainTextAsync("Zkontrolujte „Faktura 1: Částka“");
    }

    [Fact]
    public async Task TheApiDownBannerOffersRetryAndRetryBringsTheFormBack()
    {
        var down = true;
        await using var pane = await fixture.OpenAsync(new { mode = "read" }, new()
        {
            Height = 700,
            Setup = c => c.RouteAsync("**/api/**", route => down ? route.AbortAsync() : route.ContinueAsync()),
        });
        var frame = pane.Frame;
        await Expect(frame.Locator("#banner")).ToBeVisibleAsync();
        await Expect(frame.Locator("#banner")).ToContainTextAsync("Cannot reach the OutlookExit server");
        Assert.True(await InViewportAsync(frame, "#banner"), "the banner is at the top, on screen");
        await Expect(frame.Locator("#plan")).ToBeHiddenAsync();
        await Expect(frame.Locator("#skeleton")).ToBeVisibleAsync();
        down = false;
        await pane.Button("Retry").ClickAsync();
        await Expect(frame.Locator("#banner")).ToBeHiddenAsync();
        // Every kind the API offers is back (the reply to pushback among them on this received message).
        var kinds = JsonSerializer.Deserialize<JsonElement>(await fixture.Http.GetStringAsync("/api/options?language=en")).GetProperty("kinds").GetArrayLength();
        Assert.True(kinds >= 3, $"{kinds} kinds");
        await Expect(frame.Locator("#kind-choices input")).ToHaveCountAsync(kinds);
        await Expect(frame.Locator("#preview")).ToContainTextAsync("Jordan");
        await pane.InsertButton().ClickAsync();
        await frame.GetByText("The reply is open").WaitForAsync();
    }

    [Fact]
    public async Task SlowOfficeJsStartsAPlainBrowserPaneAtOnceAndUpgradesWhenOfficeAnswers()
    {
        var context = await fixture.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 320, Height = 700 } });
        try
        {
            await context.AddInitScriptAsync("window.__officeScenario = { mode: 'read', readyDelayMs: 6000 };");
            await context.RouteAsync("https://appsforoffice.microsoft.com/**", route =>
                route.FulfillAsync(new() { Status = 200, ContentType = "application/javascript", Body = PaneFixture.OfficeStub }));
            var page = await context.NewPageAsync();
            var clock = Stopwatch.StartNew();
            await page.GotoAsync(fixture.BaseUrl + "/");
            await page.WaitForSelectorAsync("body[data-ready='true']");
            var ready = await page.EvaluateAsync<double>("() => performance.getEntriesByName('pane-ready')[0].startTime");
            output.WriteLine($"ready {ready:F0} ms after navigation ({clock.ElapsedMilliseconds} ms in the test) with office.js answering after 6000 ms");
            Assert.True(ready < 3000, $"ready after {ready:F0} ms");
            // Plain-browser mode meanwhile: the form works, Insert waits for Outlook.
            await Expect(page.Locator("#host-note")).ToContainTextAsync("needs Outlook");
            await Expect(page.Locator("#insert")).ToBeDisabledAsync();
            await page.Locator("#f-note").FillAsync("Thank you for the spring campaign.");
            // Office answers: the client, the user and Insert arrive; what was typed stays.
            await Expect(page.Locator("#insert")).ToHaveTextAsync("Insert into reply to Jordan Lee <jordan@acme.example>", new() { Timeout = 15_000 });
            await Expect(page.Locator("#insert")).ToBeEnabledAsync();
            await Expect(page.Locator("#host-note")).ToBeHiddenAsync();
            Assert.Equal("Jordan Lee", await page.Locator("#f-client-name").InputValueAsync());
            Assert.Equal("Alex Rivera", await page.Locator("#f-sender-name").InputValueAsync());
            Assert.Equal("Thank you for the spring campaign.", await page.Locator("#f-note").InputValueAsync());
            await page.Locator("#insert").ClickAsync();
            await page.GetByText("The reply is open").WaitForAsync();
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [Fact]
    public async Task ASupersededPreviewRequestIsAbortedAndItsAnswerNeverShown()
    {
        var failed = new List<string>();
        await using var pane = await fixture.OpenAsync(new { mode = "read" }, new()
        {
            Setup = async c =>
            {
                await c.RouteAsync("**/api/drafts", async route =>
                {
                    if ((route.Request.PostData ?? "").Contains("autumn launch")) await Task.Delay(1500);
                    try { await route.ContinueAsync(); } catch (PlaywrightException) { /* the pane aborted it */ }
                });
                c.RequestFailed += (_, r) => { lock (failed) failed.Add(r.PostData ?? ""); };
            },
        });
        var frame = pane.Frame;
        await frame.Locator("#f-note").FillAsync("Thank you for the autumn launch.");
        await frame.WaitForFunctionAsync("() => performance.getEntriesByType('resource').length >= 0");
        await pane.Page.WaitForTimeoutAsync(600); // past the debounce: the slow request is on its way
        await frame.Locator("#f-note").FillAsync("Thank you for the spring campaign.");
        await Expect(frame.Locator("#preview")).ToContainTextAsync("spring campaign");
        await pane.Page.WaitForTimeoutAsync(1500); // the slow answer's time has passed
        await Expect(frame.Locator("#preview")).Not.ToContainTextAsync("autumn launch");
        lock (failed) Assert.Contains(failed, p => p.Contains("autumn launch"));
    }

    [Fact]
    public async Task AFailedStringsFetchFallsBackToEnglishAndThePaneStillWorks()
    {
        await using var pane = await fixture.OpenAsync(new { mode = "read", displayLanguage = "cs-CZ" }, new()
        {
            Locale = "cs-CZ",
            Setup = c => c.RouteAsync("**/i18n/cs.json", route => route.FulfillAsync(new() { Status = 500, Body = "" })),
        });
        var frame = pane.Frame;
        Assert.Equal("false", await frame.Locator("#main").GetAttributeAsync("aria-busy"));
        await Expect(frame.Locator("h1")).ToHaveTextAsync("End client work well");
        await pane.InsertButton().ClickAsync();
        await frame.GetByText("The reply is open").WaitForAsync();
    }

    [Fact]
    public async Task OneControlForTheLastDay()
    {
        await using var pane = await fixture.OpenAsync(new { mode = "read" });
        var frame = pane.Frame;
        Assert.Equal(Day(14), await frame.Locator("#f-last-day").InputValueAsync());
        Assert.Equal("14", await frame.Locator("#f-notice").InputValueAsync());
        await Expect(frame.Locator("#day-note")).ToContainTextAsync("= 14 days' notice");
        var draft = await pane.CurrentDraftAsync();
        Assert.Equal(Day(14), draft.GetProperty("lastWorkingDay").GetString());
        await frame.Locator("#f-notice").FillAsync("10");
        Assert.Equal(Day(10), await frame.Locator("#f-last-day").InputValueAsync());
        await frame.Locator("#f-last-day").FillAsync(Day(21));
        Assert.Equal("21", await frame.Locator("#f-notice").InputValueAsync());
        await Expect(frame.Locator("#day-note")).ToContainTextAsync("= 21 days' notice");
        Assert.Equal(Day(21), (await pane.CurrentDraftAsync()).GetProperty("lastWorkingDay").GetString());
        // A weekend is flagged, with the Friday before one click away.
        var saturday = DateTime.Now.Date.AddDays(15);
        while (saturday.DayOfWeek != DayOfWeek.Saturday) saturday = saturday.AddDays(1);
        await frame.Locator("#f-last-day").FillAsync(saturday.ToString("yyyy-MM-dd"));
        await Expect(frame.Locator("#day-note")).ToContainTextAsync("weekend");
        await frame.Locator("#use-friday").ClickAsync();
        Assert.Equal(saturday.AddDays(-1).ToString("yyyy-MM-dd"), await frame.Locator("#f-last-day").InputValueAsync());
    }

    [Fact]
    public async Task TheChecklistOffersTheConversationRequestAndTheGuidanceIsShown()
    {
        await using var pane = await fixture.OpenAsync(new { mode = "read" });
        var frame = pane.Frame;
        await Expect(frame.Locator("#tone-guidance")).ToContainTextAsync("Calm and professional");
        await Expect(frame.Locator("#subject-text")).Not.ToBeEmptyAsync();
        await Expect(frame.Locator("#checklist")).ToContainTextAsync("14 days' notice");
        var count = await pane.PreviewCountAsync();
        await pane.Button("Ask for a call first").ClickAsync();
        await pane.WaitForPreviewAfterAsync(count);
        Assert.Equal("conversationRequest", (await pane.CurrentDraftAsync()).GetProperty("kind").GetString());
        await Expect(frame.Locator("#checklist")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task ANewMessageCanTakeTheComposedSubject()
    {
        await using var pane = await fixture.OpenAsync(new { mode = "compose", newMessage = true });
        await pane.Button("Use this subject").ClickAsync();
        await Expect(pane.Frame.Locator("#status")).ToContainTextAsync("The subject is set");
        var call = Assert.Single(await pane.CallsNamedAsync("subject.setAsync"));
        Assert.Equal((await pane.CurrentDraftAsync()).GetProperty("subject").GetString(), call.GetProperty("args")[0].GetString());
    }

    [Fact]
    public async Task AReplyOffersNoSubject()
    {
        await using var pane = await fixture.OpenAsync(new { mode = "compose" });
        await Expect(pane.Frame.Locator("#use-subject")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task APlainBrowserShowsTheFirstRunPlacematOnce()
    {
        var context = await fixture.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 320, Height = 700 } });
        try
        {
            await context.RouteAsync("https://appsforoffice.microsoft.com/**", route => route.AbortAsync());
            var page = await context.NewPageAsync();
            await page.GotoAsync(fixture.BaseUrl + "/");
            await page.WaitForSelectorAsync("body[data-ready='true']");
            await Expect(page.Locator("#placemat")).ToBeVisibleAsync();
            await Expect(page.Locator("#placemat")).ToContainTextAsync("Nothing you write is stored");
            Assert.Equal("manifest.xml", await page.Locator("#placemat a").GetAttributeAsync("href"));
            await page.Locator("#placemat-close").ClickAsync();
            await Expect(page.Locator("#placemat")).ToBeHiddenAsync();
            await page.ReloadAsync();
            await page.WaitForSelectorAsync("body[data-ready='true']");
            await Expect(page.Locator("#placemat")).ToBeHiddenAsync();
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
