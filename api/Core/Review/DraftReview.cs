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

        var w = Wording.For(plan.Language);
        if (plan.Kind == DraftKind.Termination && plan.LastWorkingDay is { } lastDay)
        {
            var args = new Args(("lastDay", w.Date(lastDay)));
            var notice = lastDay.DayNumber - plan.Today.DayNumber;
            if (notice < Composer.ShortNoticeDays)
                (findings ??= []).Add(PlanFinding(w, "plan.shortNotice", Severity.Warning, "plan.lastWorkingDay", Iso(lastDay),
                    "Finding.ShortNotice", new Args(("lastDay", w.Date(lastDay)), ("days", notice.ToString(w.Culture)))));
            if (plan.LastDayChosen && lastDay.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                (findings ??= []).Add(PlanFinding(w, "plan.lastDayOnWeekend", Severity.Warning, "plan.lastWorkingDay", Iso(lastDay),
                    "Finding.LastDayOnWeekend", new Args(("friday", w.Date(PlanValidator.FridayBefore(lastDay))))));
            if (plan.LastDayMovedFrom is { } moved)
                (findings ??= []).Add(PlanFinding(w, "plan.lastDayMoved", Severity.Info, "plan.lastWorkingDay", Iso(lastDay),
                    "Finding.LastDayMoved", new Args(("lastDay", w.Date(lastDay)), ("weekend", w.Date(moved)))));
            for (var i = 0; i < plan.Deliverables.Count; i++)
                if (plan.Deliverables[i].Due is { } due && due > lastDay)
                    (findings ??= []).Add(PlanFinding(w, "plan.deliverableAfterLastDay", Severity.Warning,
                        $"plan.deliverables[{i}].due", Iso(due), "Finding.DeliverableAfterLastDay", args));
        }
        // The hold-firm reply follows a notice already given: no notice-length or due-date remarks.
        if (plan.Kind is not (DraftKind.ConversationRequest or DraftKind.HoldFirm))
            for (var i = 0; i < plan.Invoices.Count; i++)
                if (plan.Invoices[i].Due is { } due && due < plan.Today)
                    (findings ??= []).Add(PlanFinding(w, "plan.invoiceOverdue", Severity.Info,
                        $"plan.invoices[{i}].due", Iso(due), "Finding.InvoiceOverdue", Args.None));
        if (plan.Kind == DraftKind.ConversationRequest && plan.HasTransitionPlan)
            (findings ??= []).Add(PlanFinding(w, "plan.ignoredForKind", Severity.Info, "plan", "", "Finding.PlanIgnored", Args.None));

        return findings is null ? [] : findings;
    }

    private static void Tone(UserText text, string language, ref List<Finding>? findings)
    {
        if (!text.IsProse || text.Text.Length == 0) return;
        var found = ToneChecker.Check(text.Text, language, text.Field, findSecrets: false);
        if (found.Count > 0) (findings ??= []).AddRange(found);
    }

    private static Finding PlanFinding(Wording w, string ruleId, Severity severity, string field, string excerpt, string key, Args args) =>
        new(ruleId, "plan", severity, field, 0, excerpt.Length, excerpt,
            w[key + ".Message"].Fill(args), w[key + ".Suggestion"].Fill(args));

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
