using Microsoft.AspNetCore.Http.HttpResults;

namespace OutlookExit.Features.AddIn;

/// <summary>The little configuration the task pane needs to sign in.</summary>
public static class PaneConfigApi
{
    /// <summary>GET /api/pane-config.</summary>
    public static IEndpointRouteBuilder MapPaneConfig(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/pane-config", GetPaneConfig)
            .WithTags("Add-in")
            .WithName("GetPaneConfig")
            .WithSummary("What the task pane needs to sign in; nulls when Entra ID is not configured")
            .WithDescription("The client id of the Entra ID app the pane signs in to and the scope of this API it asks for (api://…/access_as_user). Both are null when sign-in is not configured: the pane then inserts letters without offering to create drafts.");
        return routes;
    }

    /// <summary>What the task pane needs to sign in; nulls when Entra ID is not configured.</summary>
    public static Ok<PaneConfig> GetPaneConfig(HttpContext http, PublicOrigin origin, IConfiguration configuration)
    {
        var signIn = PaneSignIn.From(configuration, origin.Value);
        // Depends on configuration only; revalidate so a changed app registration is seen at once.
        http.Response.Headers.CacheControl = "no-cache";
        return TypedResults.Ok(new PaneConfig(signIn?.ClientId, signIn is null ? null : $"{signIn.AppIdUri}/access_as_user"));
    }
}

/// <summary>Answer of GET /api/pane-config: the Entra ID app the pane signs in to, and the scope of this API.</summary>
public sealed record PaneConfig(string? ClientId, string? ApiScope);

