using OutlookExit.Core.Contracts;
using OutlookExit.Core.Letters;
using OutlookExit.Core.Review.ClientAsks;

namespace OutlookExit.Core.Composition;

/// <summary>Turns a validated plan into a <see cref="Letter"/>: which sentences, in which order, with which facts.
/// All words come from <see cref="Wording"/>; this class only decides composition. Each sentence slot has several
/// reviewed wordings; <see cref="Voice"/> picks one from the letter's identity. The facts, their order and the
/// firmness are the same whichever wording is picked.</summary>
public static class Composer
{
    /// <summary>Composes the letter for <paramref name="plan"/>.</summary>
    public static Letter Compose(LetterPlan plan) => Compose(plan, Voice.Of(plan));

    /// <summary>Composes the letter with wording number <paramref name="variant"/> in every slot (tests); <paramref name="used"/>
    /// collects the resource keys of the wordings used.</summary>
    internal static Letter Compose(LetterPlan plan, int variant, ISet<string>? used = null) => Compose(plan, Voice.Forced(variant), used);

    private static Letter Compose(LetterPlan plan, Voice voice, ISet<string>? used = null)
    {
        var w = Wording.For(plan.Language);
        var c = new Writer(plan, w, voice, used);
        switch (plan.Kind)
        {
            case DraftKind.Termination: Termination(c); break;
            case DraftKind.ThankYou: ThankYou(c); break;
            case DraftKind.HoldFirm: HoldFirm(c); break;
            default: Conversation(c); break;
        }
        var subjectVariant = plan.Kind == DraftKind.Termination && HasHandover(plan) ? "handover" : null;
        // A letter to a company with no person named, in the formal tone, opens "Dear Sir or Madam," where the
        // language has that form, and closes to match ("Yours faithfully,").
        var unnamed = plan.ClientName is null && plan.Salutation is null ? "unnamed" : null;
        return new Letter(
            c.Choice(plan.Kind == DraftKind.HoldFirm ? "HoldFirm.Subject" : $"Subject.{EnumNames.Of(plan.Kind)}", subjectVariant).Source,
            Greeting.Line(plan, w),
            c.Blocks(),
            w.Pick("SignOff", plan.Tone, unnamed).Source,
            SignatureLines(plan));
    }

    private static void Termination(Writer c)
    {
        var plan = c.Plan;
        var lastDay = plan.LastWorkingDay ?? plan.Today;
        var today = lastDay == plan.Today;
        var lastDayText = c.W.Date(lastDay);
        var dated = new Args(("lastDay", lastDayText));

        var opening = c.Prose();
        c.Say(opening, "Termination.Appreciation");
        NoteInOpening(c, opening);

        // The decision, the notice and the reason: one paragraph of up to three sentences, else two.
        var decision = c.Prose();
        if (today) c.Say(decision, "Termination.DecisionToday");
        else
        {
            c.Say(decision, "Termination.Decision", dated);
            var days = lastDay.DayNumber - plan.Today.DayNumber;
            var notice = new Args(("notice", CountOf(c.W, "Count.Day", days)));
            c.Say(decision, days < ShortNoticeDays ? "Termination.NoticeShort" : "Termination.Notice", notice);
        }
        var reason = decision.Sentences == 2 ? c.Prose() : decision;
        var focus = plan.NewFocus is not null || plan.ServiceEnding is not null;
        var disclosed = plan.DiscloseReason && plan.Reason != ReasonCategory.Unspecified;
        // A new focus says what the general reason (or the disclosed business direction) would say, only concretely.
        var focusReplaces = plan.NewFocus is not null && (!disclosed || plan.Reason == ReasonCategory.BusinessDirection);
        if (!focusReplaces) c.Say(reason, disclosed ? $"Reason.{EnumNames.Of(plan.Reason)}" : "Reason.General");
        if (focus) FocusSentence(c, reason);
        if (reason != decision && reason.Sentences + decision.Sentences <= 3) decision.Absorb(reason);

        var before = new List<PlannedDeliverable>(plan.Deliverables.Count);
        var after = new List<PlannedDeliverable>(0);
        foreach (var d in plan.Deliverables) (d.Due is { } due && due > lastDay ? after : before).Add(d);
        // The intro and the handover name the last day (or "before my last day") rather than "before then": the sentence
        // before them is the reason or the invoices, not the date.
        Deliverables(c, before, today ? "Deliverables.Today" : "Deliverables.Intro", dated);
        Deliverables(c, after, "Deliverables.After");
        Invoices(c);

        var handover = c.Prose();
        var items = HandoverPhrases(c);
        if (items.Count > 0)
            c.Say(handover, today ? "Handover.SentenceToday" : "Handover.Sentence",
                new Args(("items", c.W.JoinList(items)), ("lastDay", lastDayText)));
        if (plan.Handover.Contains(HandoverItem.Credentials)) c.Say(handover, "Handover.Credentials");

        if (plan.Referrals.Count > 0)
        {
            c.Intro(c.CountChoice("Referrals.Intro", plan.Referrals.Count), Args.None);
            c.List([.. plan.Referrals.Select(r => (IReadOnlyList<Run>)ReferralRuns(r, c.W))]);
        }
        var help = c.Prose();
        if (HelpKey(plan) is { } helpKey) c.Say(help, helpKey);
        if (plan.InterimTools.Count > 0)
            c.Say(help, c.CountChoice("Help.Tools", plan.InterimTools.Count), new Args(("tools", c.W.JoinList(plan.InterimTools))));

        NoteBeforeClosing(c);
        var end = c.Prose();
        References(c, end);
        // The line about questions only when something is handed over.
        if (HasHandover(plan))
        {
            if (end.Sentences == 2) end = c.Prose();
            c.Say(end, "Termination.Questions");
        }
        if (end.Sentences == 3) end = c.Prose();
        c.Say(end, "Termination.Closing", plan.ClientCompany is null ? null : "team");
    }

    private static string? HelpKey(LetterPlan plan) => (plan.HelpInterviewReplacement, plan.BriefReplacement) switch
    {
        (true, true) => "Help.InterviewAndBrief",
        (true, false) => "Help.Interview",
        (false, true) => "Help.Brief",
        _ => null,
    };

    /// <summary>The reply to the client's answer to a notice: thanks, the decision stated once as standing, one answer per
    /// ask (in the contract's order), the plan that still stands in brief, the close. No apology, no argument, nothing
    /// of the client's own words; no notice or due-date remarks (the notice was already given).</summary>
    private static void HoldFirm(Writer c)
    {
        var plan = c.Plan;
        var asks = plan.ClientAsks;
        var lastDay = plan.LastWorkingDay ?? plan.Today;
        var date = new Args(("lastDay", c.W.Date(lastDay)));
        // A last day of today is said as today ("Today is my last working day", "before the end of today").
        var today = lastDay == plan.Today ? "today" : null;

        var opening = c.Prose();
        // Thanks for understanding only when the client asks nothing that questions the decision: beside "why?" ("did we
        // do something wrong?") the plain thanks fit, not "thank you for your kind and understanding reply".
        var thanks = asks.Contains(ClientAsk.Stay) || asks.Contains(ClientAsk.MoreMoney) ? "offer"
            : asks.Contains(ClientAsk.Acceptance) && !asks.Contains(ClientAsk.Why) ? "acceptance" : null;
        c.Say(opening, "HoldFirm.Thanks", thanks);
        // Once accepted, the decision is said as what now happens rather than as something that stands against a request.
        c.Say(opening, "HoldFirm.Decision", thanks == "acceptance" ? "acceptance" : null);
        // A note joins the opening only after the decision: nothing of the user's may come before it.
        NoteInOpening(c, opening);

        foreach (var ask in Enum.GetValues<ClientAsk>())
            if (asks.Contains(ask)) Answer(c, ask, date, today);

        var still = c.Prose();
        // Asked for more time, the answer already gave the date: the plan goes on from it ("until then").
        var moreTime = asks.Contains(ClientAsk.MoreTime);
        // Work due after the last day is never promised before it: "before then" speaks only of what is due by then.
        var listed = !asks.Contains(ClientAsk.ExtraWork);
        var work = listed && plan.Deliverables.Any(d => d.Due is not { } due || due <= lastDay);
        var later = listed && plan.Deliverables.Any(d => d.Due is { } due && due > lastDay);
        if (!moreTime) c.Say(still, "HoldFirm.Plan.LastDay", today, date);
        // "Until then" points back to the date of the answer about time only when nothing came between: after the answer
        // about the invoice, the successor or the next step the plan names the date again.
        var dated = today ?? (moreTime && asks.Any(a => a > ClientAsk.MoreTime) ? "dated" : null);
        if (work) c.Say(still, "HoldFirm.Plan.Work", dated, date);
        // (After the list of what is still delivered, "until then" has nothing left to add.)
        else if (moreTime && listed) c.Say(still, "HoldFirm.Plan.Until", dated, date);
        if (later) c.Say(still, "HoldFirm.Plan.After");
        var items = HandoverPhrases(c);
        if (items.Count > 0)
        {
            // A paragraph holds at most three sentences.
            if (still.Sentences == 3) still = c.Prose();
            c.Say(still, "HoldFirm.Plan.Handover", new Args(("items", c.W.JoinList(items))));
        }

        NoteBeforeClosing(c);
        c.Say(c.Prose(), "HoldFirm.Closing");
    }

    private static void Answer(Writer c, ClientAsk ask, Args date, string? today)
    {
        var plan = c.Plan;
        switch (ask)
        {
            case ClientAsk.Why:
            {
                // The general reason about the sender's business, or the disclosed one said neutrally; never a grievance.
                var p = c.Prose();
                var disclosed = plan.DiscloseReason && plan.Reason != ReasonCategory.Unspecified;
                var focusReplaces = plan.NewFocus is not null && (!disclosed || plan.Reason == ReasonCategory.BusinessDirection);
                if (!disclosed) c.Say(p, "HoldFirm.Why");
                else
                {
                    c.Say(p, "HoldFirm.Why.Lead");
                    if (!focusReplaces) c.Say(p, $"Reason.{EnumNames.Of(plan.Reason)}");
                }
                if (plan.NewFocus is not null || plan.ServiceEnding is not null) FocusSentence(c, p);
                break;
            }
            case ClientAsk.Stay: c.Say(c.Prose(), "HoldFirm.Stay"); break;
            case ClientAsk.MoreMoney: c.Say(c.Prose(), "HoldFirm.MoreMoney"); break;
            // The plan's last day is the answer, said as the decision: the API keeps no earlier date to compare with.
            case ClientAsk.MoreTime: c.Say(c.Prose(), "HoldFirm.MoreTime", today, date); break;
            case ClientAsk.ExtraWork:
                // Only what the plan lists, with its dates; nothing new.
                if (plan.Deliverables.Count == 0) c.Say(c.Prose(), "HoldFirm.ExtraWork.None");
                else
                {
                    Deliverables(c, plan.Deliverables, "HoldFirm.ExtraWork.Intro");
                    c.Say(c.Prose(), "HoldFirm.ExtraWork.NoMore");
                }
                break;
            case ClientAsk.Invoice:
                // The invoice as it stands, and an offer to walk through it; never a discount.
                if (plan.Invoices.Count == 0) c.Say(c.Prose(), "HoldFirm.Invoice.None");
                else
                {
                    InvoiceList(c, "HoldFirm.Invoice.Intro");
                    c.Say(c.Prose(), "HoldFirm.Invoice.Walk");
                }
                break;
            case ClientAsk.Replacement:
                if (plan.Referrals.Count > 0)
                {
                    c.Intro(c.CountChoice("Referrals.Intro", plan.Referrals.Count), Args.None);
                    c.List([.. plan.Referrals.Select(r => (IReadOnlyList<Run>)ReferralRuns(r, c.W))]);
                }
                if (HelpKey(plan) is { } help) c.Say(c.Prose(), help);
                else if (plan.Referrals.Count == 0) c.Say(c.Prose(), "HoldFirm.Replacement.None");
                break;
            case ClientAsk.Acceptance: c.Say(c.Prose(), "HoldFirm.Acceptance"); break;
            default: c.Say(c.Prose(), "HoldFirm.Other"); break;
        }
    }

    /// <summary>Notice shorter than this many days is short: no promise of a careful handover, and a warning finding.</summary>
    public const int ShortNoticeDays = 10;

    private static void FocusSentence(Writer c, Writer.Para para)
    {
        var plan = c.Plan;
        var args = new Args(("focus", plan.NewFocus ?? ""), ("service", plan.ServiceEnding ?? ""));
        var key = (plan.NewFocus, plan.ServiceEnding) switch
        {
            (not null, not null) => "Reason.FocusService",
            (not null, null) => "Reason.Focus",
            _ => "Reason.Service",
        };
        c.Say(para, key, args);
    }

    private static void ThankYou(Writer c)
    {
        var plan = c.Plan;
        var opening = c.Prose();
        c.Say(opening, "ThankYou.Thanks");
        c.Say(opening, "ThankYou.Learned");
        NoteInOpening(c, opening);

        // Claim only what is true: complete when handed over and nothing is still due; almost complete while work remains.
        var handover = c.Prose();
        var items = HandoverPhrases(c);
        var remaining = plan.Deliverables.Count > 0;
        if (items.Count > 0)
            c.Say(handover, remaining ? "ThankYou.HandoverAlmost" : "ThankYou.HandoverItems", new Args(("items", c.W.JoinList(items))));
        else if (plan.Handover.Count > 0)
            c.Say(handover, remaining ? "ThankYou.HandoverAlmostDone" : "ThankYou.HandoverDone");
        if (plan.Handover.Contains(HandoverItem.Credentials)) c.Say(handover, "ThankYou.Credentials");

        Deliverables(c, plan.Deliverables, "ThankYou.Remaining");
        Invoices(c);

        var contact = c.Prose();
        c.Say(contact, "ThankYou.Contact");
        References(c, contact);

        NoteBeforeClosing(c);
        var end = c.Prose();
        c.Say(end, "ThankYou.DoorOpen");
        c.Say(end, "ThankYou.Wishes", plan.ClientCompany is null ? null : "team");
    }

    private static void Conversation(Writer c)
    {
        var ask = c.Prose();
        c.Say(ask, "Conversation.Ask");
        c.Say(ask, "Conversation.Listen");
        NoteInOpening(c, ask);
        var time = c.Prose();
        c.Say(time, "Conversation.Time");
        NoteBeforeClosing(c);
        var end = c.Prose();
        c.Say(end, "Conversation.Closing");
    }

    /// <summary>The reference offer turned the right way: the sender keeps recommending the client; a testimonial is asked
    /// for only when the user opted in.</summary>
    private static void References(Writer c, Writer.Para para)
    {
        if (!c.Plan.OfferReferences) return;
        if (c.Plan.ClientCompany is { } company)
            c.Say(para, "References", "company", new Args(("company", LegalForms.Strip(company))));
        else c.Say(para, "References");
        if (c.Plan.AskForTestimonial) c.Say(para, "Testimonial");
    }

    /// <summary>Where the note goes: the opening (asked for, or thanks under <c>auto</c>), else just before the closing.</summary>
    internal static bool NoteOpens(LetterPlan plan) => plan.PersonalNote is { } note && plan.NotePlacement switch
    {
        NotePlacement.Opening => true,
        NotePlacement.BeforeClosing => false,
        _ => plan.Kind != DraftKind.ConversationRequest && NoteKinds.IsThanks(note, plan.Language),
    };

    private static void NoteInOpening(Writer c, Writer.Para opening)
    {
        if (!c.NoteOpens) return;
        var note = c.Plan.PersonalNote!;
        if (note.Contains('\n')) c.Note(note);
        else opening.AddNote(note);
    }

    private static void NoteBeforeClosing(Writer c)
    {
        if (c.Plan.PersonalNote is { } note && !c.NoteOpens) c.Note(note);
    }

    private static bool HasHandover(LetterPlan plan) => plan.Handover.Count > 0;

    private static void Deliverables(Writer c, IReadOnlyList<PlannedDeliverable> deliverables, string introKey, Args? introArgs = null)
    {
        if (deliverables.Count == 0) return;
        c.Intro(c.CountChoice(introKey, deliverables.Count), introArgs ?? Args.None);
        var items = new List<IReadOnlyList<Run>>(deliverables.Count);
        foreach (var d in deliverables)
            items.Add(d.Due is { } due
                ? c.W["Deliverables.Item.due"].Runs(new Args(("title", d.Title), ("due", c.W.Date(due))))
                : c.W["Deliverables.Item"].Runs(new Args(("title", d.Title))));
        c.List(items);
    }

    private static void Invoices(Writer c)
    {
        var plan = c.Plan;
        if (plan.Invoices.Count == 0) return;
        InvoiceList(c, "Invoices.Intro");
        // One neutral line that makes paying easy; it joins the paragraph that follows when there is room.
        c.Say(c.Prose(), plan.Invoices.Count == 1 ? "Invoices.Pay.one" : "Invoices.Pay.other");
    }

    /// <summary>The open invoices with number, amount and due date ("was due" once overdue), after their intro.</summary>
    private static void InvoiceList(Writer c, string introKey)
    {
        var plan = c.Plan;
        c.Intro(c.CountChoice(introKey, plan.Invoices.Count), Args.None);
        var items = new List<IReadOnlyList<Run>>(plan.Invoices.Count);
        foreach (var inv in plan.Invoices)
        {
            var amount = c.W.Amount(inv.Amount, inv.Currency);
            items.Add(inv.Due is { } due
                ? c.W[due < plan.Today ? "Invoices.Item.overdue" : "Invoices.Item.due"].Runs(new Args(("number", inv.Number), ("amount", amount), ("due", c.W.Date(due))))
                : c.W["Invoices.Item"].Runs(new Args(("number", inv.Number), ("amount", amount))));
        }
        c.List(items);
    }

    private static List<string> HandoverPhrases(Writer c)
    {
        var items = new List<string>(3);
        // Fixed order, whatever order the user ticked them in, so output is deterministic.
        foreach (var item in (ReadOnlySpan<HandoverItem>)[HandoverItem.Files, HandoverItem.Documentation, HandoverItem.Accounts])
            if (c.Plan.Handover.Contains(item)) items.Add(c.W[$"Handover.{EnumNames.Of(item)}"].Source);
        return items;
    }

    private static List<Run> ReferralRuns(PlannedReferral r, Wording w)
    {
        var key = "Referrals.Item" + (r.Specialty is null ? "" : ".specialty") + (r.Contact is null ? "" : ".contact");
        var args = new Args(("name", r.Name), ("specialty", r.Specialty ?? ""), ("contact", r.Contact ?? ""));
        return w[key].Runs(args);
    }

    /// <summary>A count with its noun, the number as prose writes it ("three days", "tři dny", "14 days").</summary>
    private static string CountOf(Wording w, string key, int n) => w.Count(key, n).Fill(new Args(("n", w.Number(n))));

    private static IReadOnlyList<string> SignatureLines(LetterPlan plan)
    {
        // With closingOnly, Outlook adds the user's own signature under the closing line.
        if (plan.SignOff == SignOffStyle.ClosingOnly) return [];
        if (plan.Signature is { } signature)
            return signature.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return plan.SenderBusiness is { } business ? [plan.SenderName, business] : [plan.SenderName];
    }
}

/// <summary>Collects the letter's paragraphs and lists while the composer decides what to say, then lays out the
/// paragraphs: at most three sentences each, and no product paragraph of one sentence where a neighbour has room.</summary>
internal sealed class Writer(LetterPlan plan, Wording w, Voice voice, ISet<string>? used)
{
    private readonly List<object> _items = new(14);

    public LetterPlan Plan { get; } = plan;
    public Wording W { get; } = w;

    /// <summary>The personal note goes into the opening (decided once per letter).</summary>
    public bool NoteOpens { get; } = Composer.NoteOpens(plan);

    /// <summary>A paragraph under construction: sentences (each a list of runs with its sentence count), perhaps the user's note.</summary>
    public sealed class Para(bool mergeable)
    {
        private static readonly Run Space = new(" ");

        /// <summary>The paragraph's runs; every unit after the first starts with a space run.</summary>
        public readonly List<Run> Runs = [];
        // Each unit: how many runs it takes in Runs (its leading space included) and how many sentences it says.
        private readonly List<(int Runs, int Sentences)> _units = [];

        public bool Mergeable { get; private set; } = mergeable;
        public int Sentences { get; private set; }
        public bool IsEmpty => _units.Count == 0;
        public int FirstUnitSentences => _units[0].Sentences;

        public void Add(Template template, Args args)
        {
            var start = Runs.Count;
            if (start > 0) Runs.Add(Space);
            template.AppendTo(Runs, args);
            _units.Add((Runs.Count - start, template.Sentences));
            Sentences += template.Sentences;
        }

        public void AddNote(string note)
        {
            var start = Runs.Count;
            if (start > 0) Runs.Add(Space);
            Runs.Add(new Run(note));
            _units.Add((Runs.Count - start, 0));
            Mergeable = false;
        }

        /// <summary>Appends <paramref name="other"/>'s sentences and empties it.</summary>
        public void Absorb(Para other)
        {
            if (other.IsEmpty) return;
            var lead = Runs.Count > 0 ? 1 : 0;
            if (lead == 1) Runs.Add(Space);
            Runs.AddRange(other.Runs);
            for (var i = 0; i < other._units.Count; i++)
                _units.Add(i == 0 ? (other._units[0].Runs + lead, other._units[0].Sentences) : other._units[i]);
            Sentences += other.Sentences;
            other.Clear();
        }

        /// <summary>Puts <paramref name="other"/>'s sentences before this paragraph's and empties it.</summary>
        public void Prepend(Para other)
        {
            if (other.IsEmpty) return;
            if (!IsEmpty)
            {
                Runs.Insert(0, Space);
                _units[0] = (_units[0].Runs + 1, _units[0].Sentences);
            }
            Runs.InsertRange(0, other.Runs);
            _units.InsertRange(0, other._units);
            Sentences += other.Sentences;
            other.Clear();
        }

        /// <summary>Moves this paragraph's first sentence to the end of <paramref name="target"/>.</summary>
        public void MoveFirstTo(Para target)
        {
            var (count, sentences) = _units[0];
            var lead = target.Runs.Count > 0 ? 1 : 0;
            if (lead == 1) target.Runs.Add(Space);
            for (var i = 0; i < count; i++) target.Runs.Add(Runs[i]);
            target._units.Add((count + lead, sentences));
            target.Sentences += sentences;
            Runs.RemoveRange(0, count);
            _units.RemoveAt(0);
            Sentences -= sentences;
            if (_units.Count > 0)
            {
                // The new first unit loses its leading space.
                Runs.RemoveAt(0);
                _units[0] = (_units[0].Runs - 1, _units[0].Sentences);
            }
        }

        private void Clear()
        {
            Runs.Clear();
            _units.Clear();
            Sentences = 0;
        }
    }

    /// <summary>A new paragraph of the product's prose, in document order.</summary>
    public Para Prose()
    {
        var p = new Para(mergeable: true);
        _items.Add(p);
        return p;
    }

    /// <summary>The sentence that introduces a list (never merged: it belongs to its list).</summary>
    public void Intro(Template template, Args args)
    {
        Used(template);
        var p = new Para(mergeable: false);
        p.Add(template, args);
        _items.Add(p);
    }

    public void List(IReadOnlyList<IReadOnlyList<Run>> items) => _items.Add(new BulletList(items));

    /// <summary>The user's note as a paragraph of its own.</summary>
    public void Note(string note)
    {
        var p = new Para(mergeable: false);
        p.AddNote(note);
        _items.Add(p);
    }

    public Template Choice(string key, string? variant = null) => Used(voice.Choose(W.Choices(key, Plan.Tone, variant), key));

    public Template CountChoice(string key, int n) => Used(voice.Choose(W.CountChoices(key, n), key));

    private Template Used(Template template)
    {
        used?.Add(template.Key);
        return template;
    }

    public void Say(Para para, string key) => Say(para, key, null, Args.None);

    public void Say(Para para, string key, Args args) => Say(para, key, null, args);

    public void Say(Para para, string key, string? variant) => Say(para, key, variant, Args.None);

    public void Say(Para para, string key, string? variant, Args args) => Say(para, Choice(key, variant), args);

    public void Say(Para para, Template template, Args args) => para.Add(template, args);

    /// <summary>The blocks, after one-sentence paragraphs have joined a neighbour: the next paragraph when it has room,
    /// else the previous one, else they take the first sentence of a full next paragraph.</summary>
    public IReadOnlyList<Block> Blocks()
    {
        for (var i = 0; i < _items.Count; i++)
        {
            if (_items[i] is not Para { Mergeable: true, Sentences: 1 } single) continue;
            var next = NextProse(i);
            var previous = i > 0 && _items[i - 1] is Para { Mergeable: true, Sentences: > 0 } p ? p : null;
            if (next is { Sentences: <= 2 }) next.Prepend(single);
            else if (previous is { Sentences: <= 2 }) previous.Absorb(single);
            else if (next is { Sentences: 3, FirstUnitSentences: 1 }) next.MoveFirstTo(single);
        }
        var blocks = new List<Block>(_items.Count);
        foreach (var item in _items)
        {
            if (item is BulletList list) { blocks.Add(list); continue; }
            var para = (Para)item;
            if (!para.IsEmpty) blocks.Add(new Paragraph(para.Runs));
        }
        return blocks;
    }

    private Para? NextProse(int i)
    {
        for (var j = i + 1; j < _items.Count; j++)
        {
            if (_items[j] is not Para p) return null;
            if (p.IsEmpty) continue;
            return p.Mergeable ? p : null;
        }
        return null;
    }
}
