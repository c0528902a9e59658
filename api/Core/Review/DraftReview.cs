using System.Globalization;
using OutlookExit.Core.Composition;
using OutlookExit.Core.Contracts;
using OutlookExit.Core.Review.Tone;
using OutlookExit.Core.Validation;

namespace OutlookExit.Core.Review;

/// <summary>The findings of a composed draft: the tone of the user's own words, then the plan's consistency.</summary>
public static class DraftReview
{
    /// <summary>Findings over the texts validation handed on (which have passed the secret check) and the
    /// validated plan, in field order.</summary>
    public static IReadOnlyList<Finding> Findings(LetterPlan plan, IReadOnlyList<UserText> texts)
    {
        List<Finding>? findings = null;
        // The personal note first, then the other prose fields in request order: the order the API has always
        // listed them in.
        foreach (var text in texts)
            if (text.Field == "personalNote") Tone(text, plan.Language, ref findings);
        foreach (var text in texts)
            if (text.Field != "personalNote") Tone(text, plan.Language, ref findings);

        // Plan findings speak of the rows the user sees ("Work item 2", "Invoice 2026-041") and of dates as the
        // letter writes them, in the letter's language; `field` keeps the JSON path so the pane can place them.
        var t = ProblemText.For(plan.Language);
        if (plan.Kind == DraftKind.Termination && plan.LastWorkingDay is { } lastDay)
        {
            var notice = lastDay.DayNumber - plan.Today.DayNumber;
            if (notice < Composer.ShortNoticeDays)
                Add(ref findings, t, "plan.shortNotice", Severity.Warning, "plan.lastWorkingDay", Iso(lastDay), "ShortNotice",
                    ("lastDay", lastDay));
            if (plan.LastDayChosen && lastDay.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                Add(ref findings, t, "plan.lastDayOnWeekend", Severity.Warning, "plan.lastWorkingDay", Iso(lastDay), "LastDayOnWeekend",
                    ("lastDay", Weekday(t, lastDay)), ("friday", Weekday(t, PlanValidator.FridayBefore(lastDay))));
            if (plan.LastDayMovedFrom is { } moved)
                Add(ref findings, t, "plan.lastDayMoved", Severity.Info, "plan.lastWorkingDay", Iso(lastDay), "LastDayMoved",
                    ("lastDay", Weekday(t, lastDay)), ("weekend", Weekday(t, moved)));
            for (var i = 0; i < plan.Deliverables.Count; i++)
                if (plan.Deliverables[i].Due is { } due && due > lastDay)
                    Add(ref findings, t, "plan.deliverableAfterLastDay", Severity.Warning, $"plan.deliverables[{i}].due", Iso(due),
                        "DeliverableAfterLastDay", ("item", i + 1), ("title", plan.Deliverables[i].Title), ("due", due), ("lastDay", lastDay));
        }
        // The hold-firm reply follows a notice already given: no notice-length or due-date remarks.
        if (plan.Kind is DraftKind.Termination or DraftKind.ThankYou)
            for (var i = 0; i < plan.Deliverables.Count; i++)
                if (plan.Deliverables[i].Due is { } due && due < plan.Today)
                    Add(ref findings, t, "plan.deliverableOverdue", Severity.Warning, $"plan.deliverables[{i}].due", Iso(due),
                        "DeliverableOverdue", ("item", i + 1), ("title", plan.Deliverables[i].Title), ("due", due));
        if (plan.Kind is not (DraftKind.ConversationRequest or DraftKind.HoldFirm))
            for (var i = 0; i < plan.Invoices.Count; i++)
                if (plan.Invoices[i].Due is { } due && due < plan.Today)
                    Add(ref findings, t, "plan.invoiceOverdue", Severity.Info, $"plan.invoices[{i}].due", Iso(due), "InvoiceOverdue",
                        ("number", plan.Invoices[i].Number), ("due", due));
        if (plan.Kind == DraftKind.ConversationRequest && plan.HasTransitionPlan)
            Add(ref findings, t, "plan.ignoredForKind", Severity.Info, "plan", "", "PlanIgnored");

        return findings is null ? [] : findings;
    }

    private static void Tone(UserText text, string language, ref List<Finding>? findings)
    {
        if (!text.IsProse || text.Text.Length == 0) return;
        var found = ToneChecker.Check(text.Text, language, text.Field, findSecrets: false);
        if (found.Count == 0) return;
        findings ??= [];
        // The tone rules advise on sentences of a letter ("State the fact instead: 'Invoice 12 is still open.'");
        // a title, a tool or a greeting line gets advice that fits it, unless a mechanical rewrite exists.
        var advice = FieldAdvice(text.Field) is { } key ? ProblemText.For(language).Text(key) : null;
        foreach (var finding in found)
            findings.Add(advice is null || finding.Replacement is not null ? finding : finding with { Suggestion = advice });
    }

    /// <summary>The key of the advice for a finding in <paramref name="field"/>; null for the personal note, whose
    /// sentences the tone rules' own advice fits.</summary>
    internal static string? FieldAdvice(string field)
    {
        var kind = field.StartsWith("plan.deliverables[", StringComparison.Ordinal) ? "Deliverable"
            : field.StartsWith("plan.interimTools[", StringComparison.Ordinal) ? "Tool"
            : field.StartsWith("plan.referrals[", StringComparison.Ordinal) ? "Referral"
            : field switch
            {
                "newFocus" => "NewFocus",
                "serviceEnding" => "ServiceEnding",
                "client.salutation" => "Salutation",
                _ => null,
            };
        return kind is null ? null : $"Finding.Tone.{kind}.Suggestion";
    }

    /// <summary>A plan finding whose message and suggestion are <c>Finding.{key}.*</c> of <see cref="ProblemText"/>;
    /// the excerpt is the field's value (an ISO date), so <c>start</c>/<c>length</c> still point into the field.</summary>
    private static void Add(ref List<Finding>? findings, ProblemText t, string ruleId, Severity severity, string field, string excerpt,
        string key, params (string Name, object Value)[] args) =>
        (findings ??= []).Add(new(ruleId, "plan", severity, field, 0, excerpt.Length, excerpt,
            t.Text($"Finding.{key}.Message", args), t.Text($"Finding.{key}.Suggestion", args)));

    /// <summary>"Saturday 12 December 2026" / "sobota 12. prosince 2026": a weekend is clearer with its day's name.</summary>
    private static string Weekday(ProblemText t, DateOnly date) =>
        t.Text("Format.Weekday", ("day", date.ToString("dddd", t.Culture)), ("date", date));

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
