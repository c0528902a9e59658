using OutlookExit.Core.Composition;
using OutlookExit.Core.Contracts;
using OutlookExit.Core.Rendering;
using OutlookExit.Core.Review;
using OutlookExit.Core.Review.ClientAsks;
using OutlookExit.Core.Review.Secrets;
using OutlookExit.Core.Validation;

namespace OutlookExit.Core;

/// <summary>The pure entry point of the core. Each step reads only what the step before produced:
/// request → validation (plan + the user's texts) → secret check → composition (letter) → rendering → review.</summary>
public static class DraftPipeline
{
    /// <summary>Validates the request against <paramref name="today"/> (used when the request has no `today`),
    /// composes the letter and renders it. Same input and date give byte-identical output.</summary>
    public static DraftOutcome Compose(DraftRequest request, DateOnly today)
    {
        var (plan, texts, errors) = PlanValidator.Validate(request, today);
        if (plan is null) return new DraftOutcome.Invalid(errors);
        // Only well-formed requests are searched for secrets, so the 422 always names a field the user can fix.
        if (FirstSecret(texts) is { } field) return new DraftOutcome.SecretFound(field);

        IReadOnlyList<ClientAsk>? asks = plan.Kind == DraftKind.HoldFirm ? [.. plan.ClientAsks.Order()] : null;

        var letter = Composer.Compose(plan);
        var html = HtmlRenderer.Render(letter);
        var text = TextRenderer.Render(letter);
        var findings = DraftReview.Findings(plan, texts);
        return new DraftOutcome.Composed(new DraftResponse(
            plan.Kind, plan.Language, letter.Subject, html, text,
            TextRenderer.CountWords(text), plan.LastWorkingDay, findings) { ClientAsks = asks });
    }

    /// <summary>The first text, in request order, that looks like it holds a password, key or token.</summary>
    private static string? FirstSecret(IReadOnlyList<UserText> texts)
    {
        foreach (var text in texts)
            if (SecretDetector.Find(text.Text) is not null) return text.Field;
        return null;
    }
}

/// <summary>What <see cref="DraftPipeline.Compose"/> produced.</summary>
public abstract record DraftOutcome
{
    private DraftOutcome() { }

    /// <summary>The letter.</summary>
    public sealed record Composed(DraftResponse Draft) : DraftOutcome;

    /// <summary>Validation failed; errors (codes with their values) keyed by JSON path (`plan.deliverables[0].due`).</summary>
    public sealed record Invalid(IReadOnlyDictionary<string, FieldError[]> Errors) : DraftOutcome;

    /// <summary>A field looks like it holds a password, key or token. The value is never echoed.</summary>
    public sealed record SecretFound(string Field) : DraftOutcome;
}
