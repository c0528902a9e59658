namespace OutlookExit.Http;

/// <summary>GET /api/options: what the pane offers, localised.</summary>
public static class OptionsApi
{
    /// <summary>Maps the route.</summary>
    public static IEndpointRouteBuilder MapOptions(this IEndpointRouteBuilder routes) => routes;
}
