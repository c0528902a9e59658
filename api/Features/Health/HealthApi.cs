namespace OutlookExit.Features.Health;

/// <summary>GET /healthz.</summary>
public static class HealthApi
{
    /// <summary>Maps the route.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/healthz", () => TypedResults.Ok(new HealthStatus("ok")))
            .WithName("Health").WithSummary("Liveness check").WithTags("Health");
        return routes;
    }
}

/// <summary>Health answer.</summary>
public sealed record HealthStatus(string Status);
