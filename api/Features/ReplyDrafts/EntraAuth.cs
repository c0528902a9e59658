using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Identity.Web;

namespace OutlookExit.Features.ReplyDrafts;

/// <summary>Sign-in for the Graph flow: this API accepts Entra ID access tokens for itself (scope
/// <see cref="Scope"/>) and exchanges them on behalf of the user for Microsoft Graph tokens.
/// Nothing here is registered unless <c>AzureAd:ClientId</c> is configured, so the rest of the API runs
/// with no cloud configuration at all.</summary>
public static class EntraAuth
{
    /// <summary>The delegated scope the task pane asks for.</summary>
    public const string Scope = "access_as_user";

    /// <summary>Authorization policy: an Entra ID token for this API carrying <see cref="Scope"/>.</summary>
    public const string Policy = "AccessAsUser";

    /// <summary>Configuration section read by Microsoft.Identity.Web.</summary>
    public const string Section = "AzureAd";

    /// <summary>True when the configuration names an app registration (<c>AzureAd:ClientId</c>).</summary>
    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{Section}:ClientId"]);

    /// <summary>Protected-API validation (signature, issuer, audience, tenant allow-list), the scope policy,
    /// on-behalf-of token acquisition and its token cache (which uses whatever <see cref="Microsoft.Extensions.Caching.Distributed.IDistributedCache"/> is registered).</summary>
    public static IServiceCollection AddEntraAuth(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var clientId = section["ClientId"]!.Trim();
        var audiences = new List<string> { clientId, $"api://{clientId}" };
        if (!string.IsNullOrWhiteSpace(section["Audience"])) audiences.Add(section["Audience"]!.Trim());
        var allowedTenants = AllowedTenants(section);

        services.AddSingleton(new EntraAuthMarker());
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddMicrosoftIdentityWebApi(
                jwt =>
                {
                    // v2 tokens carry the client id as audience, v1 tokens the App ID URI (api://<host>/<client-id>).
                    jwt.TokenValidationParameters.ValidAudiences = audiences;
                    // Entra ID tokens are never issued for longer than a couple of hours; keep skew small.
                    jwt.TokenValidationParameters.ClockSkew = TimeSpan.FromMinutes(2);
                },
                identity =>
                {
                    section.Bind(identity);
                    if (string.IsNullOrWhiteSpace(identity.Instance)) identity.Instance = "https://login.microsoftonline.com/";
                    if (string.IsNullOrWhiteSpace(identity.TenantId)) identity.TenantId = "organizations";
                })
            .EnableTokenAcquisitionToCallDownstreamApi(_ => { })
            .AddDistributedTokenCaches();

        // Runs after Microsoft.Identity.Web has set up its own events, so the allow-list is checked last,
        // on a token that already passed signature, issuer, audience and lifetime validation.
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, jwt =>
        {
            if (allowedTenants.Count == 0) return;
            var inner = jwt.Events.OnTokenValidated;
            jwt.Events.OnTokenValidated = async context =>
            {
                await inner(context);
                if (context.Result is not null) return;
                var tenant = context.Principal?.GetTenantId();
                if (tenant is null || !allowedTenants.Contains(tenant))
                    context.Fail("The token was issued by a tenant that this server does not accept.");
            };
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(Policy, policy => policy.RequireAuthenticatedUser().RequireScope(Scope));
        return services;
    }

    /// <summary>Authentication and authorization middleware, only when sign-in is configured.</summary>
    public static WebApplication UseEntraAuth(WebApplication app)
    {
        if (app.Services.GetService<EntraAuthMarker>() is null) return app;
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    /// <summary><c>AzureAd:AllowedTenants</c> as an array or a comma-separated list; empty means any tenant.</summary>
    public static HashSet<string> AllowedTenants(IConfigurationSection azureAd)
    {
        var list = azureAd.GetSection("AllowedTenants");
        var values = list.GetChildren().Select(c => c.Value).ToList();
        if (values.Count == 0 && list.Value is { } single) values.AddRange(single.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries));
        return new HashSet<string>(values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()), StringComparer.OrdinalIgnoreCase);
    }

    private sealed class EntraAuthMarker;
}
