using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Identity.Web;
using OutlookExit.Hosting;

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

        // Runs after Microsoft.Identity.Web has set up its own events, so these checks come last, on a token that
        // already passed signature, issuer, audience and lifetime validation: its shape, then the tenant allow-list.
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, jwt =>
        {
            // Why a token was refused is for the server's log, not for whoever sent it.
            jwt.IncludeErrorDetails = false;
            var inner = jwt.Events.OnTokenValidated;
            jwt.Events.OnTokenValidated = async context =>
            {
                await inner(context);
                if (context.Result is not null) return;
                var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
                if (TokenShape.Problem(context.SecurityToken, clock.GetUtcNow(), jwt.TokenValidationParameters.ClockSkew) is { } odd)
                {
                    Refused(context.HttpContext, "odd-token", $"Refused a validly signed token: {odd}.");
                    context.Fail("The token is not valid for this API.");
                    return;
                }
                if (allowedTenants.Count == 0) return;
                var tenant = context.Principal?.GetTenantId();
                if (tenant is null || !allowedTenants.Contains(tenant))
                    context.Fail("The token was issued by a tenant that this server does not accept.");
            };
            var failed = jwt.Events.OnAuthenticationFailed;
            jwt.Events.OnAuthenticationFailed = async context =>
            {
                if (IsUnreachable(context.Exception))
                {
                    context.HttpContext.Items[UnreachableItem] = true;
                    Refused(context.HttpContext, "entra-unreachable", "Entra ID's signing keys or metadata could not be fetched; tokens cannot be checked.");
                    await failed(context);
                    // Without a result the handler rethrows (a 500); the challenge below answers 503 instead.
                    if (context.Result is null) context.Fail("Entra ID could not be reached.");
                    return;
                }
                await failed(context);
            };
            var challenge = jwt.Events.OnChallenge;
            jwt.Events.OnChallenge = async context =>
            {
                await challenge(context);
                if (context.Handled) return;
                context.HandleResponse();
                var http = context.HttpContext;
                if (http.Items.ContainsKey(UnreachableItem))
                {
                    http.Response.Headers.RetryAfter = "30";
                    await Results.Problem(Problems.Plain(ProblemLanguage.For(http), StatusCodes.Status503ServiceUnavailable, "SignInUnavailable")).ExecuteAsync(http);
                    return;
                }
                http.Response.Headers.WWWAuthenticate = "Bearer";
                await Results.Problem(Problems.Plain(ProblemLanguage.For(http), StatusCodes.Status401Unauthorized, "SignInRequired")).ExecuteAsync(http);
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

    private const string UnreachableItem = "outlookexit:entra-unreachable";

    /// <summary>Entra ID could not be asked (its keys or metadata did not arrive): the server's trouble, not the token's.</summary>
    public static bool IsUnreachable(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is HttpRequestException or TaskCanceledException or TimeoutException) return true;
            if (e.Message.StartsWith("IDX20803", StringComparison.Ordinal) || e.Message.StartsWith("IDX20804", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static void Refused(HttpContext context, string kind, string message) =>
        context.RequestServices.GetRequiredService<Hosting.ThrottledLog>().Warn(kind, message);

    private sealed class EntraAuthMarker;
}
