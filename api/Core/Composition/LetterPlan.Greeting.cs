namespace OutlookExit.Core.Composition;

public sealed partial record LetterPlan
{
    /// <summary>The client's title as given in <c>client.title</c> (overrides a title found in the name), or null.</summary>
    public string? ClientTitle { get; init; }
}
