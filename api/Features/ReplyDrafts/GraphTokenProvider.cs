using System.Security.Claims;
using Microsoft.Identity.Web;
using Microsoft.Kiota.Abstractions.Authentication;

namespace OutlookExit.Features.ReplyDrafts;

/// <summary>Gives the Graph SDK a Graph token obtained on behalf of the signed-in user. Only hosts in
/// <see cref="AllowedHostsValidator"/> (Graph and the configured Graph base URL) ever receive it.</summary>
public sealed class GraphTokenProvider(ITokenAcquisition tokens, ClaimsPrincipal user, string baseUrl, string[]? scopes = null) : IAccessTokenProvider
{
    /// <inheritdoc />
    public AllowedHostsValidator AllowedHostsValidator { get; } = new(["graph.microsoft.com", new Uri(baseUrl).Host]);

    /// <inheritdoc />
    public async Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null,
        CancellationToken cancellationToken = default)
    {
        if (!AllowedHostsValidator.IsUrlHostValid(uri)) return "";
        if (uri.Scheme != Uri.UriSchemeHttps)
            throw new InvalidOperationException("Graph tokens are only sent over HTTPS.");
        return await tokens.GetAccessTokenForUserAsync(scopes ?? GraphSettings.Scopes, user: user,
            tokenAcquisitionOptions: new TokenAcquisitionOptions { CancellationToken = cancellationToken });
    }
}
