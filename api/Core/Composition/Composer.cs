using OutlookExit.Core.Contracts;
using OutlookExit.Core.Czech;
using OutlookExit.Core.Letters;

namespace OutlookExit.Core.Composition;

/// <summary>Turns a validated plan into a <see cref="Letter"/>: which sentences, in which order, with which facts.
/// All words come from <see cref="Wording"/>; this class only decides composition.</summary>
public static class Composer
{
    /// <summary>Composes the letter for <paramref name="plan"/>.</summary>
    public static Letter Compose(LetterPlan plan)
    {
        var w = Wording.For(plan.Language);
        var body = new List<Block>(12);
        switch (plan.Kind)
        {
            case DraftKind.Termination: Termination(plan, w, body); break;
            case DraftKind.ThankYou: ThankYou(plan, w, body); break;
            default: Conversation(plan, w, body); break;
        }
        return new Letter(
            w[$"Subject.{EnumNames.Of(plan.Kind)}"].Source,
            Greeting.Line(plan, w),
            body,
            w.Pick("SignOff", plan.Tone).Source,
            SignatureLines(plan));
    }

    private static void Termination(LetterPlan plan, Wording w, List<Block> body)
    {
        var lastDay = plan.LastWorkingDay ?? plan.Today;
        OpeningWithNote(plan, w, [w.Pick("Termination.Appreciation", plan.Tone)], body);

        var decision = new List<Run>(8);
        if (lastDay == plan.Today)
            w.Pick("Termination.DecisionToday", plan.Tone).AppendTo(decision, Args.None);
        else
        {
            w.Pick("Termination.Decision", plan.Tone).AppendTo(decision, new Args(("lastDay", w.Date(lastDay))));
            var days = lastDay.DayNumber - plan.Today.DayNumber;
            decision.Add(new Run(" "));
            w["Termination.Notice"].AppendTo(decision, new Args(("notice", CountOf(w, "Count.Day", days))));
        }
        decision.Add(new Run(" "));
        var reasonKey = plan.DiscloseReason && plan.Reason != ReasonCategory.Unspecified
            ? $"Reason.{EnumNames.Of(plan.Reason)}" : "Reason.General";
        w[reasonKey].AppendTo(decision, Args.None);
        body.Add(new Paragraph(decision));

        Deliverables(plan, w, "Deliverables.Intro", body);
        Invoices(plan, w, body);

        var handover = new List<Run>(8);
        var items = HandoverPhrases(plan, w);
        if (items.Count > 0) w["Handover.Sentence"].AppendTo(handover, new Args(("items", w.JoinList(items))));
        if (plan.Handover.Contains(HandoverItem.Credentials)) AppendSentence(handover, w["Handover.Credentials"], Args.None);
        if (handover.Count > 0) body.Add(new Paragraph(handover));

        if (plan.Referrals.Count > 0)
        {
            body.Add(new Paragraph(w.Count("Referrals.Intro", plan.Referrals.Count).Runs(Args.None)));
            body.Add(new BulletList([.. plan.Referrals.Select(r => (IReadOnlyList<Run>)ReferralRuns(r, w))]));
        }
        var help = new List<Run>(8);
        var helpKey = (plan.HelpInterviewReplacement, plan.BriefReplacement) switch
        {
            (true, true) => "Help.InterviewAndBrief",
            (true, false) => "Help.Interview",
            (false, true) => "Help.Brief",
            _ => null,
        };
        if (helpKey is not null) w[helpKey].AppendTo(help, Args.None);
        if (plan.InterimTools.Count > 0) AppendSentence(help, w["Help.Tools"], new Args(("tools", w.JoinList(plan.InterimTools))));
        if (help.Count > 0) body.Add(new Paragraph(help));

        var end = new List<Run>(8);
        if (plan.OfferReferences) w["Termination.References"].AppendTo(end, Args.None);
        AppendSentence(end, w["Termination.Questions"], Args.None);
        AppendSentence(end, w.Pick("Termination.Closing", plan.Tone), Args.None);
        body.Add(new Paragraph(end));
    }

    private static void ThankYou(LetterPlan plan, Wording w, List<Block> body)
    {
        OpeningWithNote(plan, w, [w.Pick("ThankYou.Thanks", plan.Tone), w["ThankYou.Learned"]], body);

        var handover = new List<Run>(8);
        var items = HandoverPhrases(plan, w);
        if (items.Count > 0) w["ThankYou.HandoverItems"].AppendTo(handover, new Args(("items", w.JoinList(items))));
        else if (plan.Deliverables.Count == 0) w["ThankYou.HandoverDone"].AppendTo(handover, Args.None);
        if (plan.Handover.Contains(HandoverItem.Credentials)) AppendSentence(handover, w["ThankYou.Credentials"], Args.None);
        if (handover.Count > 0) body.Add(new Paragraph(handover));

        Deliverables(plan, w, "ThankYou.Remaining", body);
        Invoices(plan, w, body);

        var contact = new List<Run>(8);
        w["ThankYou.Contact"].AppendTo(contact, Args.None);
        if (plan.OfferReferences) AppendSentence(contact, w["ThankYou.References"], Args.None);
        body.Add(new Paragraph(contact));
        var end = new List<Run>(8);
        w["ThankYou.DoorOpen"].AppendTo(end, Args.None);
        AppendSentence(end, w.Pick("ThankYou.Wishes", plan.Tone), Args.None);
        body.Add(new Paragraph(end));
    }

    private static void Conversation(LetterPlan plan, Wording w, List<Block> body)
    {
        var ask = new List<Run>(8);
        w.Pick("Conversation.Ask", plan.Tone).AppendTo(ask, Args.None);
        AppendSentence(ask, w["Conversation.Listen"], Args.None);
        body.Add(new Paragraph(ask));
        body.Add(new Paragraph(w["Conversation.Time"].Runs(Args.None)));
        if (plan.PersonalNote is { } note) body.Add(new Paragraph([new Run(note)]));
        body.Add(new Paragraph(w["Conversation.Closing"].Runs(Args.None)));
    }

    /// <summary>The opening sentences, followed by the personal note in the same paragraph when it is one line.</summary>
    private static void OpeningWithNote(LetterPlan plan, Wording w, ReadOnlySpan<Template> opening, List<Block> body)
    {
        var runs = new List<Run>(8);
        foreach (var sentence in opening) AppendSentence(runs, sentence, Args.None);
        if (plan.PersonalNote is { } note)
        {
            if (note.Contains('\n')) { body.Add(new Paragraph(runs)); body.Add(new Paragraph([new Run(note)])); return; }
            runs.Add(new Run(" "));
            runs.Add(new Run(note));
        }
        body.Add(new Paragraph(runs));
    }

    private static void Deliverables(LetterPlan plan, Wording w, string introKey, List<Block> body)
    {
        if (plan.Deliverables.Count == 0) return;
        body.Add(new Paragraph(w.Count(introKey, plan.Deliverables.Count).Runs(Args.None)));
        var items = new List<IReadOnlyList<Run>>(plan.Deliverables.Count);
        foreach (var d in plan.Deliverables)
            items.Add(d.Due is { } due
                ? w["Deliverables.Item.due"].Runs(new Args(("title", d.Title), ("due", w.Date(due))))
                : w["Deliverables.Item"].Runs(new Args(("title", d.Title))));
        body.Add(new BulletList(items));
    }

    private static void Invoices(LetterPlan plan, Wording w, List<Block> body)
    {
        if (plan.Invoices.Count == 0) return;
        body.Add(new Paragraph(w.Count("Invoices.Intro", plan.Invoices.Count).Runs(Args.None)));
        var items = new List<IReadOnlyList<Run>>(plan.Invoices.Count);
        foreach (var inv in plan.Invoices)
        {
            var amount = w.Amount(inv.Amount, inv.Currency);
            items.Add(inv.Due is { } due
                ? w["Invoices.Item.due"].Runs(new Args(("number", inv.Number), ("amount", amount), ("due", w.Date(due))))
                : w["Invoices.Item"].Runs(new Args(("number", inv.Number), ("amount", amount))));
        }
        body.Add(new BulletList(items));
    }

    private static List<string> HandoverPhrases(LetterPlan plan, Wording w)
    {
        var items = new List<string>(3);
        // Fixed order, whatever order the user ticked them in, so output is deterministic.
        foreach (var item in (ReadOnlySpan<HandoverItem>)[HandoverItem.Files, HandoverItem.Documentation, HandoverItem.Accounts])
            if (plan.Handover.Contains(item)) items.Add(w[$"Handover.{EnumNames.Of(item)}"].Source);
        return items;
    }

    private static List<Run> ReferralRuns(PlannedReferral r, Wording w)
    {
        var key = "Referrals.Item" + (r.Specialty is null ? "" : ".specialty") + (r.Contact is null ? "" : ".contact");
        var args = new Args(("name", r.Name), ("specialty", r.Specialty ?? ""), ("contact", r.Contact ?? ""));
        return w[key].Runs(args);
    }

    private static void AppendSentence(List<Run> runs, Template template, Args args)
    {
        if (runs.Count > 0) runs.Add(new Run(" "));
        template.AppendTo(runs, args);
    }

    private static string CountOf(Wording w, string key, int n) =>
        w.Count(key, n).Fill(new Args(("n", n.ToString("N0", w.Culture))));

    private static IReadOnlyList<string> SignatureLines(LetterPlan plan)
    {
        if (plan.Signature is { } signature)
            return signature.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return plan.SenderBusiness is { } business ? [plan.SenderName, business] : [plan.SenderName];
    }
}
