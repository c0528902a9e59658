using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OutlookExit.BrowserTests;

/// <summary>What real hosts do that the pane must survive: a selected message the host does not announce, a host
/// that freezes the item, insertion calls that fail, Outlook's own signature, old engines, Microsoft's real office.js.</summary>
public sealed class HostLimitsTests(PaneFixture fixture) : IClassFixture<PaneFixture>
{
    // ---- the right message ------------------------------------------------------------------------------------

    [Fact]
    public async Task TheInsertButtonNamesTheMessageAndFollowsItemChanged()
    {
        await using var pane = await fixture.OpenAsync(new { mode = "read" });
        await Expect(pane.InsertButton()).ToHaveTextAsync("Insert into reply to Jordan Lee <jordan@acme.example>");
        await Expect(pane.Page.Locator("#insert-target")).ToHaveTextAsync("Subject: Re: Spring campaign.");
        await pane.Page.EvaluateAsync("() => window.__office.changeItem({ displayName: 'Sam Client', emailAddress: 'sam@other.example' })");
        await Expect(pane.InsertButton()).ToHaveTextAsync("Insert into reply to Sam Client <sam@other.example>");
    }

    /// <summary>Another message was selected and the host said nothing: the pane reads the item again before
    /// inserting, refuses to write to the wrong client, and names the new one.</summary>
    [Fact]
    public async Task ASilentChangeOfMessageIsCaughtRightBeforeInserting()
    {
        await using var pane = await fixture.OpenAsync(new { mode = "read" });
        await pane.Page.EvaluateAsync("() => window.__office.swapItem({ displayName: 'Sam Client', emailAddress: 'sam@other.example' }, 'Invoice 7')");
        await pane.InsertButton().ClickAsync();
        await Expect(pane.Page.Locator("#status")).ToHaveTextAsync(
            "The selected message changed: the letter is now for Sam Client <sam@other.example>. Check it and click again.");
        Assert.Empty(await pane.CallsNamedAsync("displayReplyFormAsync"));
        await Expect(pane.InsertButton()).ToHaveTextAsync("Insert into reply to Sam Client <sam@other.example>");
        Assert.Equal("Sam Client", await pane.Page.Locator("#f-client-name").InputValueAsync());

        await pane.InsertButton().ClickAsync();
        await pane.Page.GetByText("The reply is open").WaitForAsync();
        var html = Assert.Single(await pane.CallsNamedAsync("displayReplyFormAsync")).GetProperty("args")[0].GetProperty("htmlBody").GetString();
        Assert.Contains("Sam", html);
        Assert.DoesNotContain("Jordan", html);
    }

    [Fact]
    public async Task OutlookComSaysNextToTheButtonThatItDoesNotAnnounceAnotherMessage()
    {
        await using var pane = await fixture.OpenAsync(new { mode = "read", accountType = "outlookCom" });
        await Expect(pane.Page.Locator("#insert-target")).ToContainTextAsync("Outlook.com does not tell add-ins when you select another message");
        Assert.Equal("insert-target", await pane.InsertButton().GetAttributeAsync("aria-describedby"));
    }

    [Fact]
    public async Task WorkAccountsGetNoFrozenItemWarning()
    {
        await using var pane = await fixture.OpenAsync(new { mode = "read" });
        await Expect(pane.Page.Locator("#insert-target")).Not.ToContainTextAsync("Outlook.com");
    }

    // ---- insertion that fails -----------------------------------------------------------------------------------

    /// <summary>New Outlook with several accounts answers displayReplyFormAsync with ErrorNonExistentMailbox
    /// (OfficeDev/office-js#6905): say so, leave the letter selected, keep Copy working.</summary>
    [Fact]
    public async Task AFailedReplyFormSaysSoSelectsTheLetterAndCopyStillWorks()
    {
        await using var pane = await fixture.OpenAsync(new { mode = "read", insertError = "ErrorNonExistentMailbox" });
        await pane.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = fixture.BaseUrl });
        await pane.InsertButton().ClickAsync();
        await Expect(pane.Page.Locator("#status")).ToHaveTextAsync(
            "Outlook could not insert the draft (ErrorNonExistentMailbox). The letter is selected: use Copy, or press Ctrl+C, and paste it into your reply.");
        var draft = await pane.CurrentDraftAsync();
        Assert.Equal(Normalise(await pane.Page.Locator("#preview").InnerTextAsync()),
            Normalise(await pane.Page.EvaluateAsync<string>("() => getSelection().toString()")));
        await Expect(pane.Button("Copy")).ToBeEnabledAsync();
        await Expect(pane.InsertButton()).ToBeEnabledAsync();
        await pane.Button("Copy").ClickAsync();
        await Expect(pane.Page.Locator("#status")).ToHaveTextAsync("Copied. Paste it into your email.");
        Assert.Equal(draft.GetProperty("text").GetString(), await pane.Page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
    }

    /// <summary>A host that never calls back (OfficeDev/office-js#6806): after 10 s the pane stops waiting, says so,
    /// and leaves the letter selected; the button works again.</summary>
    [Fact]
    public async Task AReplyFormThatNeverAnswersEndsInWordsAfterTenSeconds()
    {
        await using var pane = await fixture.OpenAsync(new { mode = "read", insertHangs = true });
        var started = DateTime.UtcNow;
        await pane.InsertButton().ClickAsync();
        await Expect(pane.Page.Locator("#status")).ToHaveTextAsync(
            "Outlook did not answer. If the draft did not appear, the letter is selected: use Copy, or press Ctrl+C, and paste it into your reply.",
            new() { Timeout = 20_000 });
        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromSeconds(9), "the pane waited for Outlook first");
        Assert.NotEmpty(await pane.Page.EvaluateAsync<string>("() => getSelection().toString()"));
        await Expect(pane.InsertButton()).ToBeEnabledAsync();
        Assert.Single(await pane.CallsNamedAsync("displayReplyFormAsync"));
    }

    [Fact]
    public async Task AFailedInsertAtTheCursorSaysSoAndSelectsTheLetter()
    {
        await using var pane = await fixture.OpenAsync(new { mode = "compose", insertError = "InvalidFormatError" });
        await pane.InsertButton().ClickAsync();
        await Expect(pane.Page.Locator("#status")).ToContainTextAsync("Outlook could not insert the draft (InvalidFormatError). The letter is selected");
        Assert.NotEmpty(await pane.Page.EvaluateAsync<string>("() => getSelection().toString()"));
        Assert.Single(await pane.CallsNamedAsync("body.setSelectedDataAsync"));
    }

    /// <summary>Where neither the clipboard API nor execCommand may copy, the letter is left selected with the keys to press.</summary>
    [Fact]
    public async Task WhenNothingMayCopyTheLetterIsSelectedWithTheKeysToPress()
    {
        await using var pane = await fixture.OpenAsync(new { mode = "read", displayLanguage = "cs-CZ" }, new()
        {
            Locale = "cs-CZ",
            Setup = c => c.AddInitScriptAsync("""
                Object.defineProperty(navigator, 'clipboard', { value: undefined });
                document.execCommand = () => false;
                """),
        });
        await pane.Button("Kopírovat").ClickAsync();
        await Expect(pane.Page.Locator("#status")).ToHaveTextAsync(
            "Prohlížeč kopírování nepovolil. Dopis je označený: zkopírujte ho klávesami Ctrl+C a vložte do e-mailu.");
        Assert.Equal(Normalise(await pane.Page.Locator("#preview").InnerTextAsync()),
            Normalise(await pane.Page.EvaluateAsync<string>("() => getSelection().toString()")));
    }

    private static string Normalise(string s) => string.Join(' ', s.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    // ---- Outlook's own signature (contract: signOff) -------------------------------------------------------------

    private static async Task<string?> LastSignOffAsync(List<IRequest> drafts)
    {
        IRequest last;
        lock (drafts) last = drafts[^1];
        var body = JsonSerializer.Deserialize<JsonElement>(last.PostData!);
        return body.TryGetProperty("signOff", out var s) ? s.GetString() : null;
    }

    private static PaneOptions Recording(List<IRequest> drafts, string locale = "en-US") => new()
    {
        Locale = locale,
        Setup = c => c.RouteAsync("**/api/drafts", async route => { lock (drafts) drafts.Add(route.Request); await route.ContinueAsync(); }),
    };

    [Fact]
    public async Task ComposeWithTheClientSignatureOnAsksForTheClosingLineOnly()
    {
        var drafts = new List<IRequest>();
        await using var pane = await fixture.OpenAsync(new { mode = "compose", clientSignature = true }, Recording(drafts));
        Assert.Equal("closingOnly", await LastSignOffAsync(drafts));
        Assert.Single(await pane.CallsNamedAsync("isClientSignatureEnabledAsync"));
        await Expect(pane.Page.Locator("#signature-note")).ToHaveTextAsync("Outlook adds your signature to this email, so the letter ends with the closing line.");
        await pane.InsertButton().ClickAsync();
        await pane.Page.GetByText("The draft is in your reply").WaitForAsync();
        Assert.Equal("closingOnly", await LastSignOffAsync(drafts));
    }

    [Fact]
    public async Task ComposeWithASignatureAlreadyInTheBodyAsksForTheClosingLineOnly()
    {
        var drafts = new List<IRequest>();
        // Mailbox 1.8: no isClientSignatureEnabledAsync; the body shows Outlook's signature block.
        await using var pane = await fixture.OpenAsync(new
        {
            mode = "compose", sets = new { Mailbox = "1.8" },
            composeBody = "<div><br></div><div id=\"Signature\"><p>Alex Rivera</p></div>",
        }, Recording(drafts));
        Assert.Equal("closingOnly", await LastSignOffAsync(drafts));
        Assert.Empty(await pane.CallsNamedAsync("isClientSignatureEnabledAsync"));
    }

    [Fact]
    public async Task ComposeWithoutAnyOutlookSignatureKeepsTheFullSignOff()
    {
        var drafts = new List<IRequest>();
        await using var pane = await fixture.OpenAsync(new { mode = "compose", clientSignature = false, composeBody = "<p>Hi</p>" }, Recording(drafts));
        Assert.Equal("full", await LastSignOffAsync(drafts));
        Assert.False(await pane.Page.Locator("#f-outlook-signature").IsCheckedAsync());
    }

    /// <summary>Read mode: no API says whether Outlook will sign the reply. The default is the full sign-off (a name
    /// twice is better than none); the user's choice is remembered.</summary>
    [Fact]
    public async Task ReadModeDefaultsToTheFullSignOffAndRemembersTheUsersChoice()
    {
        var drafts = new List<IRequest>();
        JsonElement roaming;
        await using (var pane = await fixture.OpenAsync(new { mode = "read" }, Recording(drafts)))
        {
            Assert.Equal("full", await LastSignOffAsync(drafts));
            await pane.Page.GetByText("About you (remembered)").ClickAsync();
            var count = await pane.PreviewCountAsync();
            await pane.Page.GetByLabel("Outlook adds my signature").CheckAsync();
            await pane.WaitForPreviewAfterAsync(count);
            Assert.Equal("closingOnly", await LastSignOffAsync(drafts));
            await pane.Page.WaitForFunctionAsync("() => window.__office.saved.value?.['outlookexit.defaults']?.outlookSignature === true");
            roaming = JsonSerializer.Deserialize<JsonElement>(await pane.Page.EvaluateAsync<string>("() => JSON.stringify(window.__office.saved.value)"));
        }
        drafts.Clear();
        await using var again = await fixture.OpenAsync(new { mode = "read", roaming }, Recording(drafts));
        Assert.True(await again.Page.Locator("#f-outlook-signature").IsCheckedAsync());
        Assert.Equal("closingOnly", await LastSignOffAsync(drafts));
    }

    // ---- old engines --------------------------------------------------------------------------------------------

    /// <summary>Each feature the modules need, taken away before the page loads: the classic preflight script shows
    /// the localised "too old" text and never loads the modules.</summary>
    [Theory]
    [InlineData("delete Promise.prototype.finally;")]
    [InlineData("delete window.fetch;")]
    [InlineData("delete HTMLScriptElement.prototype.noModule;")]
    [InlineData("delete Array.prototype.at;")]
    public async Task AnEngineMissingAFeatureGetsTheTooOldMessageAndNoModules(string removal)
    {
        var loaded = new List<string>();
        var context = await fixture.Browser.NewContextAsync(new() { Locale = "cs-CZ", ViewportSize = new() { Width = 320, Height = 700 } });
        try
        {
            await context.RouteAsync("https://appsforoffice.microsoft.com/**", route => route.AbortAsync());
            await context.AddInitScriptAsync(removal);
            var page = await context.NewPageAsync();
            page.Request += (_, r) => { lock (loaded) loaded.Add(new Uri(r.Url).AbsolutePath); };
            await page.GotoAsync(fixture.BaseUrl + "/");
            await Expect(page.Locator("#host-note")).ToHaveTextAsync(
                "Tato verze Outlooku je na OutlookExit příliš stará. Otevřete ho v Outlooku na webu, nebo tuto stránku v prohlížeči a použijte Kopírovat.");
            Assert.Equal("false", await page.Locator("#main").GetAttributeAsync("aria-busy"));
            Assert.Null(await page.Locator("body").GetAttributeAsync("data-ready"));
            lock (loaded)
            {
                Assert.Contains("/js/nomodule.js", loaded);
                Assert.DoesNotContain("/js/form.js", loaded);
                Assert.DoesNotContain("/api/options", string.Join(' ', loaded));
            }
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [Fact]
    public async Task AModernEngineLoadsTheModulesAndNeverTheTooOldScript()
    {
        var loaded = new List<string>();
        await using var pane = await fixture.OpenAsync(new { mode = "read" }, new()
        {
            Setup = c => { c.Request += (_, r) => { lock (loaded) loaded.Add(new Uri(r.Url).AbsolutePath); }; return Task.CompletedTask; },
        });
        lock (loaded)
        {
            Assert.Contains("/js/preflight.js", loaded);
            Assert.Contains("/js/main.js", loaded);
            Assert.DoesNotContain("/js/nomodule.js", loaded);
        }
        await Expect(pane.Page.Locator("#host-note")).ToBeHiddenAsync();
    }

    // ---- Microsoft's real office.js ------------------------------------------------------------------------------

    /// <summary>office.js from npm, served at its CDN address, in a plain browser (no host): it loads, the pane works
    /// as outside Outlook, and nothing office.js does breaks the pane's CSP, including its hidden telemetry frame,
    /// which it adds three seconds after loading.</summary>
    [Fact]
    public async Task MicrosoftsOfficeJsRunsUnderThePanesCspWithoutViolations()
    {
        var requested = new List<string>();
        await using var pane = await fixture.OpenAsync(options: new()
        {
            Office = OfficeMode.Real,
            Setup = async c =>
            {
                await c.AddInitScriptAsync(
                    "window.__csp = []; document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));");
                c.Request += (_, r) => { lock (requested) requested.Add(r.Url); };
            },
        });
        var page = pane.Page;
        Assert.True(await page.EvaluateAsync<bool>("() => typeof Office === 'object' && typeof Office.onReady === 'function'"));
        await Expect(page.Locator("#host-note")).ToContainTextAsync("needs Outlook");
        // The telemetry frame office.js adds after 3 s.
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('iframe')].some(f => f.src.includes('telemetryservice'))",
            null, new() { Timeout = 15_000 });
        await page.WaitForTimeoutAsync(500);
        Assert.Empty(await page.EvaluateAsync<string[]>("() => window.__csp"));
        lock (requested)
        {
            Assert.Contains(requested, u => u.StartsWith(OfficeJsPackage.CdnBase + "office.js", StringComparison.Ordinal));
            // office.js's no-host path never asks for MicrosoftAjax; Outlook's host files do (kept in script-src).
            Assert.DoesNotContain(requested, u => u.Contains("ajax.aspnetcdn.com", StringComparison.Ordinal));
        }
    }
}
