using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using Hs = Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus;

namespace OutlookExit.Features.Health;

/// <summary>Adds GET /healthz/ready to the OpenAPI document. A health-check endpoint is not a route handler, so the
/// API explorer does not see it; its examples are written by the same <see cref="Readiness.Body"/> as the real answers.</summary>
public sealed class ReadinessOpenApi : IDocumentFilter
{
    /// <inheritdoc />
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var degraded = Report(
            ("drafting", Hs.Healthy, Readiness.DraftingHealthy),
            ("signIn", Hs.Degraded, Readiness.SignInMissing),
            ("redis", Hs.Degraded, null));
        var unhealthy = Report(
            ("drafting", Hs.Unhealthy, Readiness.DraftingUnhealthy),
            ("signIn", Hs.Healthy, Readiness.SignInConfigured));
        var operation = new OpenApiOperation
        {
            OperationId = "Readiness",
            Summary = "Readiness: each dependency with its state",
            Description = "Drafting, the sign-in configuration and (when configured) Redis, each with its state. Sign-in and Redis "
                + "only ever make the answer \"degraded\" (200), with the degraded parts named: drafting needs neither. 503 only "
                + "when drafting itself cannot work. Never rate limited; not cached.",
            Tags = new HashSet<OpenApiTagReference> { new("Health", document) },
            Responses = new OpenApiResponses
            {
                ["200"] = Response("Ready: every part healthy, or degraded with the parts named.", degraded),
                ["503"] = Response("Drafting cannot work.", unhealthy),
            },
        };
        document.Paths ??= new OpenApiPaths();
        document.Paths["/healthz/ready"] = new OpenApiPathItem
        {
            Operations = new Dictionary<HttpMethod, OpenApiOperation> { [HttpMethod.Get] = operation },
        };
    }

    private static HealthReport Report(params (string Name, Hs Status, string? Description)[] entries) =>
        new(entries.ToDictionary(e => e.Name, e => new HealthReportEntry(e.Status, e.Description, TimeSpan.Zero, null, null)), TimeSpan.Zero);

    private static OpenApiResponse Response(string description, HealthReport report) => new()
    {
        Description = description,
        Content = new Dictionary<string, IOpenApiMediaType>
        {
            ["application/json"] = new OpenApiMediaType { Example = JsonSerializer.SerializeToNode(Readiness.Body(report)) },
        },
    };
}
