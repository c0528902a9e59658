using OutlookExit.Contracts;

namespace OutlookExit.Drafting;

/// <summary>The pure entry point of the core: request in, composed draft or the reasons it cannot be composed out.</summary>
public static class Drafts
{
    /// <summary>Validates the request against <paramref name="today"/>, composes the letter and renders it.</summary>
    public static DraftOutcome Compose(DraftRequest request, DateOnly today)
    {
        // placeholder until the composer lands
        var lang = "en";
        return new DraftOutcome.Composed(new DraftResponse(request.Kind ?? DraftKind.Termination, lang, "Next steps for our work together",
            "<p>Dear client,</p>", "Dear client,", 2, today.AddDays(14), []));
    }
}

/// <summary>What <see cref="Drafts.Compose"/> produced.</summary>
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
