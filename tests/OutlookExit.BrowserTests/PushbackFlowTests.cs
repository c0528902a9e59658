using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace OutlookExit.BrowserTests;

/// <summary>"Reply to pushback" (kind holdFirm) inside the host frame, against the real API: on the client's answer
/// (a received message with quoted history) the pane reads the body, shows the asks the API found as chips, sends a
/// changed choice, and inserts the reply; the plan of a notice is remembered only when the user ticks the box, listed,
/// removable, and the client's message is never kept.</summary>
public sealed class PushbackFlowTests(PaneFixture fixture, ITestOutputHelper output) : IClassFixture<PaneFixture>
{
    private const string Host = HostFrameTests.CloudMicrosoft;

    /// <summary>The client's answer; the quoted notice below it asks "why" and mentions an invoice, which the reply
    /// must not answer: only the new text counts.</summary>
    private const string EnglishReply = """
        Hi Alex,

        Thanks for your note. We would really like you to stay with us, and we are happy to pay you more.

        Best,
        Jordan

        On Mon, 30 Nov 2026 at 10:02, Alex Rivera <alex@rivera.example> wrote:
        > Why am I writing? Invoice 2026-041 is still open.
        > Dear Jordan, I will end our work together on 11 December.
        """;

    private const string CzechReply = """
        Dobrý den,

        mrzí nás to. Nemohl byste u nás zůstat? Rádi Vám zvýšíme odměnu.

        Jana Nováková

        Dne 30. 11. 2026 v 10:02 Petr Dvořák <petr@dvorak.example> napsal(a):
        > Proč píšu? Faktura 2026-041 je stále otevřená.
        """;

    private static object Scenario(string language, string body, object? roaming = null) => new
    {
        mode = "read",
        displayLanguage = language == "cs" ? "cs-CZ" : "en-US",
        userName = language == "cs" ? "Petr Dvořák" : "Alex Rivera",
        from = language == "cs"
            ? new { displayName = "Jana Nováková", emailAddress = "jana@firma.example" }
            : new { displayName = "Jordan Lee", emailAddress = "jordan@acme.example" },
        readBody = body,
        conversationId = "AAQkAD-conv-42",
        roaming = roaming ?? new { },
    };

    private static PaneOptions Options(string language) => new() { Locale = language == "cs" ? "cs-CZ" : "en-US", Height = 700 };

    private static async Task<List<string>> PressedAsync(Pane pane) =>
        [.. await pane.Frame.Locator("#ask-chips button[aria-pressed='true']").EvaluateAllAsync<string[]>("bs => bs.map(b => b.dataset.ask)")];

    private static async Task<JsonElement> RequestAsync(Pane pane) =>
        JsonSerializer.Deserialize<JsonElement>(await pane.Frame.EvaluateAsync<string>(
            "async () => JSON.stringify((await import('./js/form.js')).readRequest())"));

    private static async Task ChooseReplyToPushbackAsync(Pane pane, string label = "Reply to pushback")
    {
        var count = await pane.PreviewCountAsync();
        await pane.Frame.GetByRole(AriaRole.Radio, new() { Name = label, Exact = true }).CheckAsync();
        await pane.WaitForPreviewAfterAsync(count);
        await Expect(pane.Frame.Locator("#ask-chips button[aria-pressed='true']").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task OnTheClientsAnswerTheChipsShowTheDetectedAsksAChangedChoiceIsSentAndTheReplyIsInserted()
    {
        await using var pane = await fixture.OpenInHostAsync(Host, Scenario("en", EnglishReply), Options("en"));
        await ChooseReplyToPushbackAsync(pane);

        // The body was read as text, and only the client's new text went to the API.
        Assert.Contains(await pane.CallsNamedAsync("body.getAsync"), c => c.GetProperty("args")[0].GetString() == "text");
        var request = await RequestAsync(pane);
        Assert.Equal("holdFirm", request.GetProperty("kind").GetString());
        var message = request.GetProperty("clientMessage").GetString()!;
        Assert.Contains("happy to pay you more", message);
        Assert.DoesNotContain("wrote:", message);
        Assert.DoesNotContain("Invoice 2026-041", message);
        Assert.False(request.TryGetProperty("clientAsks", out _), "nothing changed by hand: the API detects");

        // The chips are exactly the asks the real API detected (and the quoted "why" and invoice are not among them).
        var detected = (await pane.CurrentDraftAsync()).GetProperty("clientAsks").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Contains("stay", detected);
        Assert.Contains("moreMoney", detected);
        Assert.DoesNotContain("why", detected);
        Assert.DoesNotContain("invoice", detected);
        Assert.Equal(detected.Order(), (await PressedAsync(pane)).Order());
        await Expect(pane.Frame.Locator("#ask-chips button")).ToHaveCountAsync(9);
        var before = await pane.Frame.Locator("#preview").InnerTextAsync();

        // The user says the client did not offer money but asked why: the request carries that choice.
        var count = await pane.PreviewCountAsync();
        await pane.Frame.GetByRole(AriaRole.Button, new() { Name = "Offers more money" }).ClickAsync();
        await pane.WaitForPreviewAfterAsync(count);
        count = await pane.PreviewCountAsync();
        await pane.Frame.GetByRole(AriaRole.Button, new() { Name = "Asks why" }).ClickAsync();
        await pane.WaitForPreviewAfterAsync(count);
        await Expect(pane.Frame.GetByRole(AriaRole.Button, new() { Name = "Offers more money" })).ToHaveAttributeAsync("aria-pressed", "false");
        await Expect(pane.Frame.GetByRole(AriaRole.Button, new() { Name = "Asks why" })).ToHaveAttributeAsync("aria-pressed", "true");
        var changed = await RequestAsync(pane);
        var chosen = changed.GetProperty("clientAsks").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal(detected.Where(a => a != "moreMoney").Append("why").Order(), chosen.Order());
        var draft = await pane.CurrentDraftAsync();
        Assert.Equal(chosen.Order(), draft.GetProperty("clientAsks").EnumerateArray().Select(e => e.GetString()!).Order());
        Assert.NotEqual(before, await pane.Frame.Locator("#preview").InnerTextAsync());

        // Inserted like any other draft: the reply form opens with exactly this letter.
        await pane.InsertButton().ClickAsync();
        await pane.Frame.GetByText("The reply is open").WaitForAsync();
        var call = Assert.Single(await pane.CallsNamedAsync("displayReplyFormAsync"));
        Assert.Equal(draft.GetProperty("html").GetString(), call.GetProperty("args")[0].GetProperty("htmlBody").GetString());
        Assert.DoesNotContain("happy to pay you more", draft.GetProperty("html").GetString());

        // Nothing of the client's message reached the roaming settings.
        foreach (var set in await pane.CallsNamedAsync("roamingSettings.set"))
            Assert.DoesNotContain("pay you more", set.GetRawText());
        Assert.Empty(pane.Problems);
    }

    [Fact]
    public async Task ReplyToPushbackIsOfferedOnlyOnAReceivedMessage()
    {
        await using (var compose = await fixture.OpenInHostAsync(Host, new { mode = "compose" }, Options("en")))
        {
            await Expect(compose.Frame.GetByRole(AriaRole.Radio, new() { Name = "Termination" })).ToBeVisibleAsync();
            await Expect(compose.Frame.GetByRole(AriaRole.Radio, new() { Name = "Reply to pushback" })).ToHaveCountAsync(0);
        }
        await using var read = await fixture.OpenInHostAsync(Host, Scenario("en", EnglishReply), Options("en"));
        await Expect(read.Frame.GetByRole(AriaRole.Radio, new() { Name = "Reply to pushback" })).ToBeVisibleAsync();
        // Nothing is read from the message until the user picks the reply to pushback.
        Assert.Empty(await read.CallsNamedAsync("body.getAsync"));
    }

    [Fact]
    public async Task TheOptInRemembersTheNoticesPlanListsItOffersItOnTheReplyAndRemovesIt()
    {
        await using var pane = await fixture.OpenInHostAsync(Host, Scenario("en", EnglishReply), Options("en"));
        var frame = pane.Frame;
        // The notice: a termination with one work item, remembered by ticking the box.
        await frame.GetByRole(AriaRole.Radio, new() { Name = "Termination" }).CheckAsync();
        await OpenSectionAsync(pane, "sec-work");
        var due = DateTime.Now.Date.AddDays(7).ToString("yyyy-MM-dd");
        await frame.Locator("#deliverables input[data-field='title']").First.FillAsync("Homepage redesign");
        await frame.Locator("#deliverables input[data-field='due']").First.FillAsync(due);
        Assert.Empty(await pane.CallsNamedAsync("roamingSettings.saveAsync"));
        await frame.GetByRole(AriaRole.Checkbox, new() { Name = "Remember this plan for the client's reply" }).CheckAsync();
        await Expect(frame.Locator("#status")).ToHaveTextAsync("The plan is remembered for the client's reply.");

        var saved = await SavedPlansAsync(pane);
        var entry = Assert.Single(saved.GetProperty("entries").EnumerateArray());
        Assert.Equal("AAQkAD-conv-42", entry.GetProperty("conversationId").GetString());
        Assert.Equal("Jordan Lee", entry.GetProperty("clientName").GetString());
        Assert.Equal("Homepage redesign", entry.GetProperty("request").GetProperty("plan").GetProperty("deliverables")[0].GetProperty("title").GetString());

        // Listed under About you, with the day it goes.
        await OpenSectionAsync(pane, "about-you");
        await Expect(frame.Locator("#remembered-list li")).ToHaveCountAsync(1);
        await Expect(frame.Locator("#remembered-list li")).ToContainTextAsync("Jordan Lee: saved");

        // On the client's answer: the form starts empty of that plan, and the remembered one is offered.
        await frame.Locator("#deliverables input[data-field='title']").First.FillAsync("");
        await frame.Locator("#deliverables input[data-field='due']").First.FillAsync("");
        await ChooseReplyToPushbackAsync(pane);
        await Expect(frame.Locator("#remembered-offer")).ToBeVisibleAsync();
        await Expect(frame.Locator("#remembered-offer")).ToContainTextAsync("You kept the plan of your notice to Jordan Lee");
        var count = await pane.PreviewCountAsync();
        await pane.Button("Use the remembered plan").ClickAsync();
        await pane.WaitForPreviewAfterAsync(count);
        var request = await RequestAsync(pane);
        Assert.Equal("Homepage redesign", request.GetProperty("plan").GetProperty("deliverables")[0].GetProperty("title").GetString());
        Assert.Equal(due, request.GetProperty("plan").GetProperty("deliverables")[0].GetProperty("due").GetString());

        // The reply goes out; the remembered setting still holds the plan only, never the client's message.
        await pane.InsertButton().ClickAsync();
        await pane.Frame.GetByText("The reply is open").WaitForAsync();
        var all = await pane.Frame.EvaluateAsync<string>("() => JSON.stringify(window.__office.saved.value)");
        Assert.DoesNotContain("pay you more", all);
        Assert.DoesNotContain("clientMessage", all);
        foreach (var set in await pane.CallsNamedAsync("roamingSettings.set"))
            Assert.DoesNotContain("pay you more", set.GetRawText());

        // Removed from the list: gone from roaming settings, the box unticked, the offer withdrawn.
        await OpenSectionAsync(pane, "about-you");
        await frame.GetByRole(AriaRole.Button, new() { Name = "Remove the plan for Jordan Lee" }).ClickAsync();
        await Expect(frame.Locator("#remembered-list li")).ToHaveCountAsync(0);
        await Expect(frame.Locator("#remembered-none")).ToBeVisibleAsync();
        await Expect(frame.Locator("#remembered-offer")).ToBeHiddenAsync();
        var after = await pane.Frame.EvaluateAsync<string>("() => JSON.stringify(window.__office.saved.value)");
        Assert.DoesNotContain("outlookexit.rememberedPlans", after);
        Assert.False(await frame.Locator("#f-remember").IsCheckedAsync());
        Assert.Empty(pane.Problems);
    }

    [Fact]
    public async Task NothingIsRememberedWithoutTheTick()
    {
        await using var pane = await fixture.OpenInHostAsync(Host, Scenario("en", EnglishReply), Options("en"));
        await pane.Frame.GetByRole(AriaRole.Radio, new() { Name = "Termination" }).CheckAsync();
        await pane.InsertButton().ClickAsync();
        await pane.Frame.GetByText("The reply is open").WaitForAsync();
        Assert.DoesNotContain(await pane.CallsNamedAsync("roamingSettings.set"), c => c.GetProperty("args")[0].GetString() == "outlookexit.rememberedPlans");
    }

    [Fact]
    public async Task CreateDraftSendsTheReplyToPushbackWithTheClientsNewTextAndTheChosenAsks()
    {
        var sent = new List<IRequest>();
        const string clientId = "11111111-2222-3333-4444-555555555555";
        var options = new PaneOptions
        {
            Locale = "en-US", Height = 700,
            Setup = async context =>
            {
                await context.RouteAsync("**/api/pane-config", route => route.FulfillAsync(new()
                {
                    Status = 200, ContentType = "application/json",
                    Body = JsonSerializer.Serialize(new { clientId, apiScope = $"api://localhost:5001/{clientId}/access_as_user" }),
                }));
                await context.RouteAsync("**/api/reply-drafts", route =>
                {
                    sent.Add(route.Request);
                    return route.FulfillAsync(new()
                    {
                        Status = 201, ContentType = "application/json",
                        Body = JsonSerializer.Serialize(new { id = "AAMkADraft==", webLink = "https://outlook.office.com/owa/?ItemID=x", subject = "RE: Spring campaign", findings = Array.Empty<object>() }),
                    });
                });
            },
        };
        await using var pane = await fixture.OpenInHostAsync(Host, Scenario("en", EnglishReply), options);
        await ChooseReplyToPushbackAsync(pane);
        var count = await pane.PreviewCountAsync();
        await pane.Frame.GetByRole(AriaRole.Button, new() { Name = "Asks for more time" }).ClickAsync();
        await pane.WaitForPreviewAfterAsync(count);
        await pane.Button("Create draft").ClickAsync();
        await Expect(pane.Frame.Locator("#status")).ToContainTextAsync("saved in your Drafts folder");

        var body = JsonSerializer.Deserialize<JsonElement>(Assert.Single(sent).PostData!);
        var draft = body.GetProperty("draft");
        Assert.Equal("holdFirm", draft.GetProperty("kind").GetString());
        Assert.Contains("happy to pay you more", draft.GetProperty("clientMessage").GetString());
        Assert.DoesNotContain("wrote:", draft.GetProperty("clientMessage").GetString());
        Assert.Contains("moreTime", draft.GetProperty("clientAsks").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal((await RequestAsync(pane)).GetRawText(), draft.GetRawText());
        Assert.Empty(pane.Problems);
    }

    private static Task OpenSectionAsync(Pane pane, string id) =>
        pane.Frame.EvaluateAsync("id => { document.getElementById(id).open = true; }", id);

    private static async Task<JsonElement> SavedPlansAsync(Pane pane) =>
        JsonSerializer.Deserialize<JsonElement>(await pane.Frame.EvaluateAsync<string>(
            "() => JSON.stringify(window.__office.saved.value['outlookexit.rememberedPlans'])"));

    /// <summary>axe-core over the new parts (the chips, the offer of a remembered plan, the list of remembered plans,
    /// the opt-in under a notice) inside the host frame, in both languages.</summary>
    [Theory]
    [InlineData("en")]
    [InlineData("cs")]
    public async Task AxeFindsNoViolationsInTheReplyToPushback(string language)
    {
        var cs = language == "cs";
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var roaming = new Dictionary<string, object>
        {
            ["outlookexit.rememberedPlans"] = new
            {
                entries = new[]
                {
                    new { conversationId = "AAQkAD-conv-42", clientName = cs ? "Jana Nováková" : "Jordan Lee", savedAt = now - 86_400_000L,
                          request = new { language, reason = new { category = "capacity", disclose = false }, plan = new { lastWorkingDay = DateTime.Now.Date.AddDays(10).ToString("yyyy-MM-dd") }, offerReferences = true } },
                    new { conversationId = "AAQkAD-other", clientName = cs ? "Eva Malá" : "Sam Park", savedAt = now - 5 * 86_400_000L,
                          request = new { language, reason = new { category = "capacity", disclose = false }, plan = new { lastWorkingDay = DateTime.Now.Date.AddDays(3).ToString("yyyy-MM-dd") }, offerReferences = false } },
                },
            },
        };
        await using var pane = await fixture.OpenInHostAsync(Host, Scenario(language, cs ? CzechReply : EnglishReply, roaming), Options(language));
        await ChooseReplyToPushbackAsync(pane, cs ? "Odpověď na reakci klienta" : "Reply to pushback");
        await Expect(pane.Frame.Locator("#remembered-offer")).ToBeVisibleAsync();
        await OpenSectionAsync(pane, "about-you");
        await Expect(pane.Frame.Locator("#remembered-list li")).ToHaveCountAsync(2);
        // One chip changed by hand, so the "back to the asks found" link shows too.
        var count = await pane.PreviewCountAsync();
        await pane.Frame.Locator("#ask-chips button[aria-pressed='false']").First.ClickAsync();
        await pane.WaitForPreviewAfterAsync(count);
        await Expect(pane.Frame.Locator("#asks-reset")).ToBeVisibleAsync();
        await AssertNoViolationsAsync(pane, ["data-ask=", "data-forget=", "use-remembered"], "#pushback", "#remembered-box");

        // The opt-in sits under a notice.
        await pane.Frame.GetByRole(AriaRole.Radio, new() { Name = cs ? "Ukončení spolupráce" : "Termination" }).CheckAsync();
        await Expect(pane.Frame.Locator("#remember-wrap")).ToBeVisibleAsync();
        await Expect(pane.Frame.Locator("#f-remember")).ToBeCheckedAsync();
        await AssertNoViolationsAsync(pane, ["f-remember"], "#remember-wrap");
        Assert.Empty(pane.Problems);
    }

    private async Task AssertNoViolationsAsync(Pane pane, string[] reached, params string[] selectors)
    {
        var context = new AxeRunContext { Include = [.. selectors.Select(s => new AxeSelector(s, ["#pane"]))] };
        var result = await pane.Page.RunAxe(context);
        foreach (var v in result.Violations)
            output.WriteLine($"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Select(n => n.Target?.ToString()))}");
        Assert.Empty(result.Violations);
        // The audit reached the new controls inside the frame: each of them passed some rule.
        foreach (var marker in reached)
            Assert.Contains(result.Passes, p => p.Nodes.Any(n => (n.Html ?? "").Contains(marker)));
    }
}
