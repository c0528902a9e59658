using System.Globalization;
using OutlookExit.Core.Composition;
using OutlookExit.Core.Contracts;
using OutlookExit.Core.Rendering;
using OutlookExit.Core.Review.Tone;
using OutlookExit.Core.Validation;

namespace OutlookExit.Core;

/// <summary>The pure entry point of the core: request → validated plan → letter → HTML and text, with findings.</summary>
public static class DraftPipeline
{
    /// <summary>Validates the request against <paramref name="today"/> (used when the request has no `today`),
    /// composes the letter and renders it. Same input and date give byte-identical output.</summary>
    public static DraftOutcome Compose(DraftRequest request, DateOnly today)
    {
        var validation = PlanValidator.Validate(request, today);
        if (validation.SecretField is { } field) return new DraftOutcome.SecretFound(field);
        if (validation.Plan is not { } plan) return new DraftOutcome.Invalid(validation.Errors);
        return new DraftOutcome.Composed(Render(plan, Findings(request, plan)));
    }

    /// <summary>Composes and renders a validated plan.</summary>
    public static DraftResponse Render(LetterPlan plan, IReadOnlyList<Finding> findings)
    {
        var letter = Composer.Compose(plan);
        var text = TextRenderer.Render(letter);
        return new DraftResponse(
            plan.Kind, plan.Language, letter.Subject, HtmlRenderer.Render(letter), text,
            TextRenderer.CountWords(text), plan.LastWorkingDay, findings);
    }

    /// <summary>Findings about the user's own words (tone) and the plan's consistency, in field order.</summary>
    public static IReadOnlyList<Finding> Findings(DraftRequest request, LetterPlan plan)
    {
        List<Finding>? findings = null;
        foreach (var (field, text) in ToneCheckedFields(request))
        {
            var found = ToneChecker.Check(text, plan.Language, field);
            if (found.Count > 0) (findings ??= []).AddRange(found);
        }

        var w = Wording.For(plan.Language);
        var p = request.Plan;
        if (plan.Kind == DraftKind.Termination && plan.LastWorkingDay is { } lastDay && p?.Deliverables is { } deliverables)
        {
            var args = new Args(("lastDay", w.Date(lastDay)));
            for (var i = 0; i < deliverables.Count; i++)
                if (deliverables[i]?.Due is { } due && due > lastDay)
                    (findings ??= []).Add(PlanFinding(w, "plan.deliverableAfterLastDay", Severity.Warning,
                        $"plan.deliverables[{i}].due", Iso(due), "Finding.DeliverableAfterLastDay", args));
        }
        if (plan.Kind != DraftKind.ConversationRequest && p?.Invoices is { } invoices)
            for (var i = 0; i < invoices.Count; i++)
                if (invoices[i]?.Due is { } due && due < plan.Today)
                    (findings ??= []).Add(PlanFinding(w, "plan.invoiceOverdue", Severity.Info,
                        $"plan.invoices[{i}].due", Iso(due), "Finding.InvoiceOverdue", Args.None));
        if (plan.Kind == DraftKind.ConversationRequest && HasPlanContent(p))
            (findings ??= []).Add(PlanFinding(w, "plan.ignoredForKind", Severity.Info, "plan", "", "Finding.PlanIgnored", Args.None));

        return findings is null ? [] : findings;
    }

    /// <summary>The fields whose words are the user's own prose (names, numbers and contacts are not tone-checked).</summary>
    public static IEnumerable<(string Field, string Text)> ToneCheckedFields(DraftRequest request)
    {
        if (request.PersonalNote is { Length: > 0 } note) yield return ("personalNote", note);
        if (request.Client?.Salutation is { Length: > 0 } salutation) yield return ("client.salutation", salutation);
        if (request.Plan is not { } p) yield break;
        for (var i = 0; i < (p.Deliverables?.Count ?? 0); i++)
            if (p.Deliverables![i]?.Title is { Length: > 0 } t) yield return ($"plan.deliverables[{i}].title", t);
        for (var i = 0; i < (p.Referrals?.Count ?? 0); i++)
            if (p.Referrals![i]?.Specialty is { Length: > 0 } s) yield return ($"plan.referrals[{i}].specialty", s);
        for (var i = 0; i < (p.InterimTools?.Count ?? 0); i++)
            if (p.InterimTools![i] is { Length: > 0 } t) yield return ($"plan.interimTools[{i}]", t);
    }

    private static bool HasPlanContent(TransitionPlan? p) =>
        p is not null && (p.LastWorkingDay is not null || p.Deliverables is { Count: > 0 } || p.Invoices is { Count: > 0 }
            || p.Handover is { Count: > 0 } || p.Referrals is { Count: > 0 } || p.InterimTools is { Count: > 0 }
            || p.HelpInterviewReplacement || p.BriefReplacement);

    private static Finding PlanFinding(Wording w, string ruleId, Severity severity, string field, string excerpt, string key, Args args) =>
        new(ruleId, "plan", severity, field, 0, excerpt.Length, excerpt,
            w[key + ".Message"].Fill(args), w[key + ".Suggestion"].Fill(args));

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>What <see cref="DraftPipeline.Compose"/> produced.</summary>
public abstract record DraftOutcome
{
    private DraftOutcome() { }

    /// <summary>The letter.</summary>
    public sealed record Composed(DraftResponse Draft) : DraftOutcome;

    /// <summary>Validation failed; errors keyed by JSON path (`plan.deliverables[0].due`).</summary>
    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Errors) : DraftOutcome;

    /// <summary>A field looks like it holds a password, key or token. The value is never echoed.</summary>
    public sealed record SecretFound(string Field) : DraftOutcome;
}
