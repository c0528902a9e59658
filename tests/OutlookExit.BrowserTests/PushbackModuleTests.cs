using System.Text.Json;

namespace OutlookExit.BrowserTests;

/// <summary>The pieces of the reply to the client's pushback, module by module, in the real pane page: reading the
/// client's message through Office (mailbox.js), the client's new text without the quoted history, the asks as
/// chips (pushback.js), and the plans the user chose to remember (remembered.js) in roaming settings.</summary>
public sealed class PushbackModuleTests(PaneFixture fixture) : IClassFixture<PaneFixture>
{
    public const string ClientReply = """
        Hi Alex,

        Thanks for letting us know. Is there any way you could stay on until March? We would be happy to pay more.

        Best,
        Jordan

        On Mon, 30 Nov 2026 at 10:02, Alex Rivera <alex@rivera.example> wrote:
        > Dear Jordan,
        > I am writing to let you know that I will end our work together on 11 December.
        """;

    private static async Task<JsonElement> EvalAsync(Pane pane, string script) =>
        JsonSerializer.Deserialize<JsonElement>(await pane.Frame.EvaluateAsync<string>(script));

    [Fact]
    public async Task MailboxReadsTheReceivedMessageBodyAsText()
    {
        await using var pane = await fixture.OpenAsync(new { mode = "read", readBody = ClientReply, conversationId = "conv-1" });
        var r = await EvalAsync(pane, """
            async () => {
              const m = await import('./js/mailbox.js');
              return JSON.stringify({ received: m.isReceivedMessage(), body: await m.readBodyText(), conversation: m.conversationId() });
            }
            """);
        Assert.True(r.GetProperty("received").GetBoolean());
        Assert.Equal(ClientReply, r.GetProperty("body").GetString());
        Assert.Equal("conv-1", r.GetProperty("conversation").GetString());
        var call = (await pane.CallsNamedAsync("body.getAsync")).Last();
        Assert.Equal("text", call.GetProperty("args")[0].GetString());
    }

    [Fact]
    public async Task AMessageTheUserSentOrIsWritingIsNotAReceivedOne()
    {
        await using (var own = await fixture.OpenAsync(new { mode = "read", from = new { displayName = "Alex Rivera", emailAddress = "ALEX@rivera.example" } }))
            Assert.False(await own.Frame.EvaluateAsync<bool>("async () => (await import('./js/mailbox.js')).isReceivedMessage()"));
        await using (var compose = await fixture.OpenAsync(new { mode = "compose" }))
            Assert.False(await compose.Frame.EvaluateAsync<bool>("async () => (await import('./js/mailbox.js')).isReceivedMessage()"));
        await using (var meeting = await fixture.OpenAsync(new { mode = "read" }))
        {
            Assert.True(await meeting.Frame.EvaluateAsync<bool>("async () => (await import('./js/mailbox.js')).isReceivedMessage()"));
            Assert.False(await meeting.Frame.EvaluateAsync<bool>(
                "async () => { Office.context.mailbox.item.itemType = 'appointment'; return (await import('./js/mailbox.js')).isReceivedMessage(); }"));
        }
    }

    [Fact]
    public async Task TheNewTextEndsWhereTheQuotedHistoryBegins()
    {
        await using var pane = await fixture.OpenAsync(new { mode = "read" });
        var cases = new Dictionary<string, string>
        {
            [ClientReply] = "Hi Alex,\n\nThanks for letting us know. Is there any way you could stay on until March? We would be happy to pay more.\n\nBest,\nJordan",
            ["Could you stay?\r\n\r\n________________________________\r\nFrom: Alex Rivera\r\nSent: Monday\r\nTo: Jordan\r\n\r\nDear Jordan"] = "Could you stay?",
            ["Proč končíte?\n\nDne 30. 11. 2026 v 10:02 Petr Dvořák <petr@dvorak.example>\nnapsal(a):\n> Dobrý den"] = "Proč končíte?",
            ["Můžete zůstat?\n\n-----Původní zpráva-----\nOd: Petr"] = "Můžete zůstat?",
            ["Thanks.\n--\nJordan Lee\nAcme"] = "Thanks.",
            ["Can we talk?\n\nBegin forwarded message:\n\nFrom: Alex Rivera"] = "Can we talk?",
            ["Proč?\n\nZačátek přeposlané zprávy:\nOd: Petr"] = "Proč?",
            ["Můžete zůstat?\n\n---------- Původní e-mail ----------\nOd: Petr"] = "Můžete zůstat?",
            ["From now on we pay on time.\nPlease stay."] = "From now on we pay on time.\nPlease stay.",
        };
        foreach (var (body, expected) in cases)
        {
            var got = await pane.Frame.EvaluateAsync<string>("async (b) => (await import('./js/pushback.js')).newText(b)", body);
            Assert.Equal(expected, got);
        }
        var longOne = await pane.Frame.EvaluateAsync<int>("async () => (await import('./js/pushback.js')).newText('a'.repeat(12000)).length");
        Assert.Equal(10_000, longOne);
    }

    [Fact]
    public async Task ChipsShowTheDetectedAsksAndAreSentOnlyOnceChanged()
    {
        await using var pane = await fixture.OpenAsync(new { mode = "read" });
        var r = await EvalAsync(pane, """
            async () => {
              const p = await import('./js/pushback.js');
              const box = document.createElement('div');
              document.body.append(box);
              const options = [{ value: 'stay', label: 'Asks me to stay' }, { value: 'moreMoney', label: 'Offers more money' }, { value: 'why', label: 'Asks why' }];
              p.setMessage('item-1', 'Could you stay? We can pay more.\n> quoted');
              p.setDetected(['stay', 'moreMoney']);
              p.renderChips(box, options);
              const pressed = () => [...box.querySelectorAll('button')].map(b => `${b.dataset.ask}=${b.getAttribute('aria-pressed')}`);
              const before = { pressed: pressed(), fields: p.requestFields(), types: [...box.querySelectorAll('button')].map(b => b.type) };
              p.toggleAsk('moreMoney');
              p.toggleAsk('why');
              p.renderChips(box, options);
              const after = { pressed: pressed(), fields: p.requestFields() };
              p.useDetected();
              const back = p.requestFields();
              p.clearMessage();
              return JSON.stringify({ before, after, back, cleared: p.requestFields(), other: p.messageFor('item-2') });
            }
            """);
        Assert.Equal(["stay=true", "moreMoney=true", "why=false"], r.GetProperty("before").GetProperty("pressed").EnumerateArray().Select(e => e.GetString()));
        Assert.All(r.GetProperty("before").GetProperty("types").EnumerateArray(), e => Assert.Equal("button", e.GetString()));
        var before = r.GetProperty("before").GetProperty("fields");
        Assert.Equal("Could you stay? We can pay more.", before.GetProperty("clientMessage").GetString());
        Assert.False(before.TryGetProperty("clientAsks", out _));
        Assert.Equal(["stay=true", "moreMoney=false", "why=true"], r.GetProperty("after").GetProperty("pressed").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["stay", "why"], r.GetProperty("after").GetProperty("fields").GetProperty("clientAsks").EnumerateArray().Select(e => e.GetString()));
        Assert.False(r.GetProperty("back").TryGetProperty("clientAsks", out _));
        Assert.Equal(JsonValueKind.Null, r.GetProperty("cleared").GetProperty("clientMessage").ValueKind);
        Assert.Equal("", r.GetProperty("other").GetString());
    }

    /// <summary>An in-memory store with the shape of mailbox.roamingStore, for the rules of remembered.js.</summary>
    private const string MemoryStore = """
        const memory = (others = 0) => { let value; return {
          get: () => value, set: (v) => { value = JSON.parse(JSON.stringify(v)); }, remove: () => { value = undefined; },
          save: async () => {}, othersSize: () => others, raw: () => value }; };
        const day = 86400000;
        const request = (n) => ({ kind: 'termination', language: 'en', clientMessage: 'PLEASE STAY ' + n, clientAsks: ['stay'],
          personalNote: 'A note of mine', sender: { name: 'Alex' }, client: { name: 'Jordan ' + n },
          reason: { category: 'capacity', disclose: false }, offerReferences: true,
          plan: { lastWorkingDay: '2026-12-11', deliverables: [{ title: 'Homepage ' + n, due: '2026-12-04' }], invoices: [], handover: ['files'], referrals: [] } });
        """;

    [Fact]
    public async Task ARememberedPlanIsListedFoundAndRemovedAndKeepsOnlyThePlan()
    {
        await using var pane = await fixture.OpenAsync(new { mode = "read" });
        var r = await EvalAsync(pane, "async () => {" + MemoryStore + """
              const r = await import('./js/remembered.js');
              const store = memory();
              const now = Date.UTC(2026, 11, 1);
              await r.remember(store, { conversationId: 'c1', clientName: 'Jordan Lee', request: request(1) }, now);
              await r.remember(store, { conversationId: 'c2', clientName: 'Sam Park', request: request(2) }, now + 1000);
              await r.remember(store, { conversationId: 'c1', clientName: 'Jordan Lee', request: request(3) }, now + 2000);
              const listed = (await r.list(store, now + 3000)).map(e => e.conversationId + ':' + e.clientName);
              const found = await r.find(store, 'c1', now + 3000);
              const raw = JSON.stringify(store.raw());
              const removed = await r.forget(store, 'c1');
              const afterRemove = (await r.list(store, now + 3000)).map(e => e.conversationId);
              await r.forget(store, 'c2');
              return JSON.stringify({ listed, found, raw, removed, afterRemove, empty: store.raw() === undefined,
                none: await r.remember(store, { conversationId: '', clientName: 'x', request: request(4) }, now) });
            }
            """);
        Assert.Equal(["c1:Jordan Lee", "c2:Sam Park"], r.GetProperty("listed").EnumerateArray().Select(e => e.GetString()));
        var found = r.GetProperty("found").GetProperty("request");
        Assert.Equal("Homepage 3", found.GetProperty("plan").GetProperty("deliverables")[0].GetProperty("title").GetString());
        Assert.Equal("2026-12-11", found.GetProperty("plan").GetProperty("lastWorkingDay").GetString());
        Assert.Equal("capacity", found.GetProperty("reason").GetProperty("category").GetString());
        var raw = r.GetProperty("raw").GetString()!;
        Assert.DoesNotContain("PLEASE STAY", raw);
        Assert.DoesNotContain("clientMessage", raw);
        Assert.DoesNotContain("clientAsks", raw);
        Assert.DoesNotContain("A note of mine", raw);
        Assert.True(r.GetProperty("removed").GetBoolean());
        Assert.Equal(["c2"], r.GetProperty("afterRemove").EnumerateArray().Select(e => e.GetString()));
        Assert.True(r.GetProperty("empty").GetBoolean());
        Assert.False(r.GetProperty("none").GetBoolean());
    }

    [Fact]
    public async Task PlansOlderThanSixtyDaysAreDroppedOnRead()
    {
        await using var pane = await fixture.OpenAsync(new { mode = "read" });
        var r = await EvalAsync(pane, "async () => {" + MemoryStore + """
              const r = await import('./js/remembered.js');
              const store = memory();
              const now = Date.UTC(2026, 11, 1);
              await r.remember(store, { conversationId: 'old', clientName: 'Old', request: request(1) }, now - 61 * day);
              await r.remember(store, { conversationId: 'edge', clientName: 'Edge', request: request(2) }, now - 60 * day);
              await r.remember(store, { conversationId: 'new', clientName: 'New', request: request(3) }, now - day);
              const listed = (await r.list(store, now)).map(e => e.conversationId);
              const stored = store.raw().entries.map(e => e.conversationId);
              return JSON.stringify({ listed, stored, old: await r.find(store, 'old', now), expires: r.expiresOn({ savedAt: Date.UTC(2026, 11, 1, 12) }) });
            }
            """);
        Assert.Equal(["new", "edge"], r.GetProperty("listed").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["edge", "new"], r.GetProperty("stored").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(JsonValueKind.Null, r.GetProperty("old").ValueKind);
        Assert.Equal("2027-01-30", r.GetProperty("expires").GetString());
    }

    [Fact]
    public async Task TheSettingStaysUnderTheRoamingLimitOldestFirstOut()
    {
        await using var pane = await fixture.OpenAsync(new { mode = "read" });
        var r = await EvalAsync(pane, "async () => {" + MemoryStore + """
              const r = await import('./js/remembered.js');
              const store = memory(5000);
              const now = Date.UTC(2026, 11, 1);
              const big = (n) => { const q = request(n); q.plan.deliverables = Array.from({ length: 20 }, (_, i) => ({ title: `Ž${n}-${i} ` + 'ř'.repeat(150), due: '2026-12-04' })); return q; };
              const sizes = [];
              for (let n = 0; n < 12; n++) {
                await r.remember(store, { conversationId: 'c' + n, clientName: 'Client ' + n, request: big(n) }, now + n);
                sizes.push(JSON.stringify({ [r.KEY]: store.raw() }).length);
              }
              const kept = store.raw().entries.map(e => e.conversationId);
              const huge = request(99); huge.plan.deliverables = [{ title: 'x'.repeat(40000), due: null }];
              const tooLarge = await r.remember(store, { conversationId: 'huge', clientName: 'H', request: huge }, now + 100);
              return JSON.stringify({ sizes, kept, tooLarge, after: store.raw().entries.map(e => e.conversationId) });
            }
            """);
        var sizes = r.GetProperty("sizes").EnumerateArray().Select(e => e.GetInt32()).ToList();
        Assert.All(sizes, s => Assert.True(s + 5000 <= 32 * 1024, $"setting of {s} characters plus 5000 of others"));
        var kept = r.GetProperty("kept").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.InRange(kept.Count, 2, 11);
        Assert.Equal("c11", kept[^1]);
        Assert.Equal(Enumerable.Range(12 - kept.Count, kept.Count).Select(n => "c" + n), kept);
        Assert.False(r.GetProperty("tooLarge").GetBoolean());
        Assert.Equal(kept, r.GetProperty("after").EnumerateArray().Select(e => e.GetString()!));
    }

    [Fact]
    public async Task RoamingStoreSavesThroughOutlooksRoamingSettings()
    {
        await using var pane = await fixture.OpenAsync(new { mode = "read", roaming = new Dictionary<string, object> { ["outlookexit.defaults"] = new { senderName = "Alex Rivera" } } });
        var r = await EvalAsync(pane, """
            async () => {
              const m = await import('./js/mailbox.js');
              const r = await import('./js/remembered.js');
              const store = m.roamingStore(r.KEY);
              const ok = await r.remember(store, { conversationId: m.conversationId(), clientName: 'Jordan Lee',
                request: { language: 'en', clientMessage: 'Could you stay?', plan: { lastWorkingDay: '2026-12-11' }, reason: { category: 'capacity' } } });
              const saved = JSON.stringify(window.__office.saved.value);
              await r.forget(store, m.conversationId());
              return JSON.stringify({ ok, saved, others: store.othersSize(), afterForget: window.__office.saved.value });
            }
            """);
        Assert.True(r.GetProperty("ok").GetBoolean());
        var saved = JsonSerializer.Deserialize<JsonElement>(r.GetProperty("saved").GetString()!);
        var entry = saved.GetProperty("outlookexit.rememberedPlans").GetProperty("entries")[0];
        Assert.Equal("AAQkAD-conversation", entry.GetProperty("conversationId").GetString());
        Assert.Equal("Jordan Lee", entry.GetProperty("clientName").GetString());
        Assert.DoesNotContain("Could you stay", r.GetProperty("saved").GetString());
        Assert.Equal("Alex Rivera", saved.GetProperty("outlookexit.defaults").GetProperty("senderName").GetString());
        Assert.True(r.GetProperty("others").GetInt32() > 20);
        Assert.False(r.GetProperty("afterForget").TryGetProperty("outlookexit.rememberedPlans", out _));
        Assert.Contains(await pane.CallsNamedAsync("roamingSettings.remove"), c => c.GetProperty("args")[0].GetString() == "outlookexit.rememberedPlans");
    }
}
