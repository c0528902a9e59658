using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Hs = Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus;

namespace OutlookExit.Features.Health;

/// <summary>GET /healthz/ready: each dependency with its state. Redis and sign-in only ever make the answer
/// "degraded" (200): drafting needs neither. 503 only when drafting itself cannot work.</summary>
public static class Readiness
{
    /// <summary>Tag of the checks that belong to readiness.</summary>
    public const string Tag = "ready";

    internal const string DraftingHealthy = "Drafts are composed.";
    internal const string DraftingUnhealthy = "The sample letter could not be composed.";
    internal const string SignInConfigured = "Entra ID sign-in is configured; reply drafts are available.";
    internal const string SignInMissing = "AzureAd:ClientId is not set: reply drafts answer 501. Drafting works.";

    /// <summary>Registers the checks: drafting, sign-in configuration, and Redis when configured.</summary>
    public static IServiceCollection AddReadiness(this IServiceCollection services, IConfiguration configuration)
    {
        var checks = services.AddHealthChecks()
            .AddCheck<DraftingCheck>("drafting", Hs.Unhealthy, [Tag])
            .AddCheck("signIn", () => ReplyDrafts.EntraAuth.IsConfigured(configuration)
                ? HealthCheckResult.Healthy(SignInConfigured)
                : HealthCheckResult.Degraded(SignInMissing), [Tag]);
        if (configuration.GetConnectionString("Redis") is { Length: > 0 })
            checks.AddRedis(sp => sp.GetRequiredService<StackExchange.Redis.IConnectionMultiplexer>(), "redis",
                Hs.Degraded, [Tag], TimeSpan.FromSeconds(2));
        return services;
    }

    /// <summary>Maps /healthz/ready (never rate limited, like /healthz).</summary>
    public static IEndpointRouteBuilder MapReadiness(this IEndpointRouteBuilder routes)
    {
        routes.MapHealthChecks("/healthz/ready", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions
        {
            Predicate = c => c.Tags.Contains(Tag),
            ResultStatusCodes =
            {
                [Hs.Healthy] = StatusCodes.Status200OK,
                [Hs.Degraded] = StatusCodes.Status200OK,
                [Hs.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
            ResponseWriter = WriteAsync,
        }).WithMetadata(new Microsoft.AspNetCore.RateLimiting.DisableRateLimitingAttribute());
        return routes;
    }

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    /// <summary>`{ "status": "degraded", "degraded": ["redis"], "checks": { "redis": { "status": "degraded", "description": "…" } } }`.
    /// Exception messages are not written: they can name hosts and ports.</summary>
    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(JsonSerializer.Serialize(Body(report), Json));
    }

    /// <summary>The answer's body for <paramref name="report"/> (also the OpenAPI document's examples).</summary>
    internal static Dictionary<string, object?> Body(HealthReport report) => new()
    {
        ["status"] = Name(report.Status),
        ["degraded"] = report.Entries.Where(e => e.Value.Status != Hs.Healthy).Select(e => e.Key).ToArray(),
        ["checks"] = report.Entries.ToDictionary(e => e.Key, e => (object)new Dictionary<string, string?>
        {
            ["status"] = Name(e.Value.Status),
            ["description"] = e.Value.Description ?? Describe(e.Key, e.Value.Status),
        }),
    };

    private static string Describe(string name, Hs status) => (name, status) switch
    {
        ("redis", Hs.Healthy) => "Redis answers; reply drafts are available.",
        ("redis", _) => "Redis is unreachable: reply drafts answer 503 with Retry-After until it is back. Drafting, the pane and the manifests work.",
        (_, Hs.Healthy) => "ok",
        _ => "unavailable",
    };

    private static string Name(Hs status) => status switch
    {
        Hs.Healthy => "healthy",
        Hs.Degraded => "degraded",
        _ => "unhealthy",
    };

    /// <summary>Composes the sample letter: if that fails, nothing the server offers can work.</summary>
    private sealed class DraftingCheck : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(Core.DraftPipeline.Compose(Hosting.ApiDocs.ExampleDraftRequest, Hosting.ApiDocs.ExampleToday) is Core.DraftOutcome.Composed
                ? HealthCheckResult.Healthy(DraftingHealthy)
                : HealthCheckResult.Unhealthy(DraftingUnhealthy));
    }
}
