namespace OutlookExit.Features.Health;

/// <summary>GET /healthz.</summary>
public static class HealthApi
{
    /// <summary>Maps the route.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/healthz", () => TypedResults.Ok(new HealthStatus("ok")))
            .WithName("Health").WithSummary("Liveness check")
            .WithDescription("Answers {\"status\":\"ok\"} while the process runs. Never rate limited; for whether drafting and its dependencies work, see /healthz/ready.")
            .WithTags("Health");
        return routes;
    }
}

/// <summary>Health answer.</summary>
public sealed record HealthStatus(string Status);
