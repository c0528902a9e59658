namespace OutlookExit.Features.AddIn;

/// <summary>The sign-in app from configuration `AzureAd:ClientId`, and its App ID URI: `AzureAd:Audience` when that
/// is an `api://` URI (the same key the API validates tokens against), else `api://host[:port]/client-id` of the
/// public origin, the form Office SSO expects.</summary>
public sealed record PaneSignIn(string ClientId, string AppIdUri)
{
    /// <summary>Null when no client id is configured.</summary>
    public static PaneSignIn? From(IConfiguration configuration, string origin)
    {
        var clientId = configuration["AzureAd:ClientId"];
        if (string.IsNullOrWhiteSpace(clientId)) return null;
        var appIdUri = configuration["AzureAd:Audience"];
        if (string.IsNullOrWhiteSpace(appIdUri) || !appIdUri.Trim().StartsWith("api://", StringComparison.Ordinal))
            appIdUri = $"api://{new Uri(origin).Authority}/{clientId.Trim()}";
        return new PaneSignIn(clientId.Trim(), appIdUri.Trim().TrimEnd('/'));
    }
}
