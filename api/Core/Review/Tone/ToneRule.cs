using OutlookExit.Core.Contracts;

namespace OutlookExit.Core.Review.Tone;

/// <summary>A rule a finding points at: stable id, category and severity.</summary>
internal sealed record ToneRule(string Id, string Category, Severity Severity)
{
    public static readonly string[] Categories =
        ["blame", "absolute", "passiveAggressive", "negativity", "breakup", "waffle", "apology", "secret",
         "sarcasm", "threat", "guilt", "complaint"];

    /// <summary>Categories (and "ignore") in ordinal order: comparing ranks orders rules as comparing the category names does.</summary>
    private static readonly string[] CategoryOrder = [.. Categories.Append("ignore").Order(StringComparer.Ordinal)];

    /// <summary>The position of <see cref="Category"/> in ordinal order of the category names.</summary>
    public int CategoryRank { get; } = Array.IndexOf(CategoryOrder, Category);

    // After CategoryOrder: static fields are initialised in order, and this instance needs it.
    /// <summary>Phrases listed under <c>Phrases.ignore</c> are exceptions: where one is the longest match,
    /// nothing is reported ("disaster recovery" is not negativity).</summary>
    public static readonly ToneRule Ignore = new("ignore", "ignore", Severity.Info);

    /// <summary>The category is the part of the id before the dot; severity follows the content guide's table.</summary>
    public static ToneRule FromId(string id)
    {
        var dot = id.IndexOf('.');
        var category = dot > 0 ? id[..dot] : id;
        if (Array.IndexOf(Categories, category) < 0)
            throw new InvalidOperationException($"Tone rule '{id}' has an unknown category '{category}'.");
        var severity = category switch
        {
            "blame" or "secret" or "threat" => Severity.Error,
            "apology" => Severity.Info,
            "waffle" => id == "waffle.reopen" ? Severity.Error : Severity.Warning,
            _ => Severity.Warning,
        };
        return new ToneRule(id, category, severity);
    }
}
