using System.Text.Json;

namespace OutlookExit.BrowserTests;

/// <summary>Getting the draft into Outlook: reply form in read mode, at the cursor in compose mode, never over the thread.</summary>
public sealed class InsertionTests(PaneFixture fixture) : IClassFixture<PaneFixture>
{
    [Fact]
    public async Task ReadModeOpensTheReplyFormWithTheDraftHtml()
    {
        await using var pane = await fixture.OpenAsync(new { mode = "read" });
        await pane.InsertButton().ClickAsync();
        await pane.Page.GetByText("The reply is open").WaitForAsync();

        var call = Assert.Single(await pane.CallsNamedAsync("displayReplyFormAsync"));
        var html = call.GetProperty("args")[0].GetProperty("htmlBody").GetString();
        var draft = await pane.CurrentDraftAsync();
        Assert.Equal(draft.GetProperty("html").GetString(), html);
        Assert.Empty(await pane.CallsNamedAsync("displayReplyForm"));
    }

    [Fact]
    public async Task ReadModeWithReplyAllOpensReplyAllForm()
    {
        await using var pane = await fixture.OpenAsync(new { mode = "read" });
        await pane.Page.GetByLabel("Reply to all").CheckAsync();
        await pane.InsertButton().ClickAsync();
        await pane.Page.GetByText("The reply is open").WaitForAsync();
        Assert.Single(await pane.CallsNamedAsync("displayReplyAllFormAsync"));
        Assert.Empty(await pane.CallsNamedAsync("displayReplyFormAsync"));
    }

    [Fact]
    public async Task ClientWithoutMailbox19FallsBackToDisplayReplyForm()
    {
        await using var pane = await fixture.OpenAsync(new { mode = "read", sets = new { Mailbox = "1.8" } });
        await pane.InsertButton().ClickAsync();
        await pane.Page.GetByText("The reply is open").WaitForAsync();

        var call = Assert.Single(await pane.CallsNamedAsync("displayReplyForm"));
        var draft = await pane.CurrentDraftAsync();
        Assert.Equal(draft.GetProperty("html").GetString(), call.GetProperty("args")[0].GetString());
        Assert.Empty(await pane.CallsNamedAsync("displayReplyFormAsync"));
    }

    [Fact]
    public async Task ComposeWithHtmlBodyInsertsHtmlAtTheCursorAndNeverReplacesTheBody()
    {
        await using var pane = await fixture.OpenAsync(new { mode = "compose", bodyType = "html" });
        await pane.InsertButton().ClickAsync();
        await pane.Page.GetByText("The draft is in your reply").WaitForAsync();

        var call = Assert.Single(await pane.CallsNamedAsync("body.setSelectedDataAsync"));
        var draft = await pane.CurrentDraftAsync();
        Assert.Equal(draft.GetProperty("html").GetString(), call.GetProperty("args")[0].GetString());
        Assert.Equal("html", call.GetProperty("args")[1].GetProperty("coercionType").GetString());
        Assert.Single(await pane.CallsNamedAsync("body.getTypeAsync"));
        Assert.Empty(await pane.CallsNamedAsync("body.setAsync"));
        Assert.Empty(await pane.CallsNamedAsync("body.prependAsync"));
    }

    [Fact]
    public async Task ComposeWithTextBodyInsertsPlainText()
    {
        await using var pane = await fixture.OpenAsync(new { mode = "compose", bodyType = "text" });
        await pane.InsertButton().ClickAsync();
        await pane.Page.GetByText("The draft is in your reply").WaitForAsync();

        var call = Assert.Single(await pane.CallsNamedAsync("body.setSelectedDataAsync"));
        var draft = await pane.CurrentDraftAsync();
        Assert.Equal(draft.GetProperty("text").GetString(), call.GetProperty("args")[0].GetString());
        Assert.Equal("text", call.GetProperty("args")[1].GetProperty("coercionType").GetString());
        Assert.Empty(await pane.CallsNamedAsync("body.setAsync"));
    }

    [Fact]
    public async Task ClientLackingTheRequirementSetGetsAClearMessageAndNothingIsWritten()
    {
        await using var pane = await fixture.OpenAsync(new { mode = "compose", sets = new { Mailbox = "1.0" } });
        await pane.InsertButton().ClickAsync();
        var status = pane.Page.Locator("#status");
        await Microsoft.Playwright.Assertions.Expect(status).ToContainTextAsync("cannot do that");
        Assert.Contains("Mailbox 1.1", await status.TextContentAsync());
        Assert.Empty(await pane.CallsNamedAsync("body.setSelectedDataAsync"));
        Assert.Empty(await pane.CallsNamedAsync("body.setAsync"));
    }

    [Fact]
    public async Task ItemContextPrefillsClientUserAndLanguage()
    {
        await using var pane = await fixture.OpenAsync(new
        {
            mode = "compose",
            to = new[] { new { displayName = "Jana Nováková", emailAddress = "jana@firma.example" } },
            userName = "Petr Dvořák",
        });
        Assert.Equal("Jana Nováková", await pane.Page.Locator("#f-client-name").InputValueAsync());
        Assert.Equal("Petr Dvořák", await pane.Page.Locator("#f-sender-name").InputValueAsync());
        Assert.Contains("jana@firma.example", await pane.Page.Locator("#client-from").TextContentAsync());
        Assert.Single(await pane.CallsNamedAsync("to.getAsync"));
    }

    [Fact]
    public async Task MailTextEntersThePageOnlyAsText()
    {
        await using var pane = await fixture.OpenAsync(new
        {
            mode = "read",
            from = new { displayName = "<img src=x onerror=\"window.__pwned=1\">Eve", emailAddress = "eve@x.example" },
        });
        Assert.Equal(0, await pane.Page.Locator("#client-from img").CountAsync());
        Assert.False(await pane.Page.EvaluateAsync<bool>("() => !!window.__pwned"));
        Assert.Contains("<img", await pane.Page.Locator("#client-from").TextContentAsync());
    }

    [Fact]
    public async Task APinnedPaneFollowsTheNextSelectedMessage()
    {
        await using var pane = await fixture.OpenAsync(new { mode = "read" });
        var page = pane.Page;
        Assert.Single(await pane.CallsNamedAsync("addHandlerAsync"));
        await page.GetByLabel("Company").FillAsync("Acme Ltd");
        await page.EvaluateAsync("() => window.__office.changeItem({ displayName: 'Sam Client', emailAddress: 'sam@other.example' })");
        await Microsoft.Playwright.Assertions.Expect(page.Locator("#f-client-name")).ToHaveValueAsync("Sam Client");
        Assert.Equal("", await page.Locator("#f-client-company").InputValueAsync());
        Assert.Contains("sam@other.example", await page.Locator("#client-from").TextContentAsync());
        await pane.InsertButton().ClickAsync();
        await page.GetByText("The reply is open").WaitForAsync();
        var html = (await pane.CallsNamedAsync("displayReplyFormAsync")).Single().GetProperty("args")[0].GetProperty("htmlBody").GetString();
        Assert.Equal((await pane.CurrentDraftAsync()).GetProperty("html").GetString(), html);
    }
}
