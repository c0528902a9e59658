namespace OutlookExit.Core.Review.ClientAsks;

/// <summary>What a client asks for, offers or questions in a reply to the user's notice. The camelCase names
/// (<see cref="ClientAskNames"/>) are the values of `clientAsks` in the contract.</summary>
public enum ClientAsk
{
    /// <summary>Stay, reconsider, do not leave, keep the door open.</summary>
    Stay,
    /// <summary>Better pay or better commercial terms.</summary>
    MoreMoney,
    /// <summary>The reason for the decision, or feedback.</summary>
    Why,
    /// <summary>A later last working day, a longer notice, a phased exit, staying until a date or an event.</summary>
    MoreTime,
    /// <summary>Work to be done before leaving, beyond handing over.</summary>
    ExtraWork,
    /// <summary>A question, dispute or change request about an invoice.</summary>
    Invoice,
    /// <summary>Help with whoever comes next: names, introductions, interviews, onboarding.</summary>
    Replacement,
    /// <summary>The client accepts the ending.</summary>
    Acceptance,
    /// <summary>Any other request, or no ask at all.</summary>
    Other,
}

/// <summary>The asks found in a client's message.</summary>
/// <param name="Asks">At least one ask; <see cref="ClientAsk.Other"/> when nothing else was found.</param>
/// <param name="NewTextLength">Length of the client's own new text: the UTF-16 offset where the quoted
/// history (or a "-- " signature) starts, or the length of the message when there is none.</param>
public sealed record ClientAskResult(IReadOnlySet<ClientAsk> Asks, int NewTextLength)
{
    /// <summary>The asks as contract names, in the contract's order.</summary>
    public IReadOnlyList<string> Names => Asks.Order().Select(ClientAskNames.Name).ToArray();
}

/// <summary>Contract names of <see cref="ClientAsk"/>.</summary>
public static class ClientAskNames
{
    private static readonly string[] Names =
        ["stay", "moreMoney", "why", "moreTime", "extraWork", "invoice", "replacement", "acceptance", "other"];

    /// <summary>The camelCase contract name of <paramref name="ask"/>.</summary>
    public static string Name(ClientAsk ask) => Names[(int)ask];

    /// <summary>Parses a contract name (exact, case-sensitive).</summary>
    public static bool TryParse(string? name, out ClientAsk ask)
    {
        var i = name is null ? -1 : Array.IndexOf(Names, name);
        ask = i < 0 ? default : (ClientAsk)i;
        return i >= 0;
    }

    /// <summary>All contract names in the contract's order.</summary>
    public static IReadOnlyList<string> All => Names;
}
