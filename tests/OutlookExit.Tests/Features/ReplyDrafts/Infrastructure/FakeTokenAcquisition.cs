using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Identity.Client;
using Microsoft.Identity.Web;

namespace OutlookExit.Tests.Features.ReplyDrafts.Infrastructure;

/// <summary>Stands in for on-behalf-of: hands out a fixed Graph token per user, or throws what a test asks for.</summary>
public sealed class FakeTokenAcquisition : ITokenAcquisition
{
    public const string GraphTokenPrefix = "graph-token-for-";

    /// <summary>When set, thrown instead of returning a token.</summary>
    public Exception? Throw { get; set; }

    /// <summary>Scopes of every request, in order.</summary>
    public List<string[]> Requests { get; } = [];

    public Task<string> GetAccessTokenForUserAsync(IEnumerable<string> scopes, string? authenticationScheme, string? tenantId = null,
        string? userFlow = null, ClaimsPrincipal? user = null, TokenAcquisitionOptions? tokenAcquisitionOptions = null)
    {
        lock (Requests) Requests.Add([.. scopes]);
        if (Throw is not null) throw Throw;
        var oid = user?.GetObjectId() ?? throw new InvalidOperationException("No user was passed for on-behalf-of.");
        return Task.FromResult(GraphTokenPrefix + oid);
    }

    public Task<string> GetAccessTokenForUserAsync(IEnumerable<string> scopes, string? tenantId = null, string? userFlow = null,
        ClaimsPrincipal? user = null, TokenAcquisitionOptions? tokenAcquisitionOptions = null) =>
        GetAccessTokenForUserAsync(scopes, null, tenantId, userFlow, user, tokenAcquisitionOptions);

    public Task<AuthenticationResult> GetAuthenticationResultForUserAsync(IEnumerable<string> scopes, string? authenticationScheme,
        string? tenantId = null, string? userFlow = null, ClaimsPrincipal? user = null, TokenAcquisitionOptions? tokenAcquisitionOptions = null) =>
        throw new NotSupportedException();

    public Task<AuthenticationResult> GetAuthenticationResultForUserAsync(IEnumerable<string> scopes, string? tenantId = null,
        string? userFlow = null, ClaimsPrincipal? user = null, TokenAcquisitionOptions? tokenAcquisitionOptions = null) =>
        throw new NotSupportedException();

    public Task<string> GetAccessTokenForAppAsync(string scope, string? authenticationScheme, string? tenant = null,
        TokenAcquisitionOptions? tokenAcquisitionOptions = null) => throw new NotSupportedException("The API never calls Graph as itself.");

    public Task<string> GetAccessTokenForAppAsync(string scope, string? tenant = null, TokenAcquisitionOptions? tokenAcquisitionOptions = null) =>
        throw new NotSupportedException("The API never calls Graph as itself.");

    public Task<AuthenticationResult> GetAuthenticationResultForAppAsync(string scope, string? authenticationScheme, string? tenant = null,
        TokenAcquisitionOptions? tokenAcquisitionOptions = null) => throw new NotSupportedException();

    public Task<AuthenticationResult> GetAuthenticationResultForAppAsync(string scope, string? tenant = null,
        TokenAcquisitionOptions? tokenAcquisitionOptions = null) => throw new NotSupportedException();

    public void ReplyForbiddenWithWwwAuthenticateHeader(IEnumerable<string> scopes, MsalUiRequiredException msalServiceException,
        string? authenticationScheme, HttpResponse? httpResponse = null) => throw new NotSupportedException();

    public void ReplyForbiddenWithWwwAuthenticateHeader(IEnumerable<string> scopes, MsalUiRequiredException msalServiceException,
        HttpResponse? httpResponse = null) => throw new NotSupportedException();

    public Task ReplyForbiddenWithWwwAuthenticateHeaderAsync(IEnumerable<string> scopes, MsalUiRequiredException msalServiceException,
        HttpResponse? httpResponse = null) => throw new NotSupportedException();

    public string GetEffectiveAuthenticationScheme(string? authenticationScheme) => authenticationScheme ?? "Bearer";
}
