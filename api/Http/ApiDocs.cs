namespace OutlookExit.Http;

/// <summary>OpenAPI document and UI (Swashbuckle) at /swagger.</summary>
public static class ApiDocs
{
    /// <summary>Registers the generator.</summary>
    public static IServiceCollection AddApiDocs(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen();
        return services;
    }

    /// <summary>Serves /swagger/v1/swagger.json and the UI at /swagger.</summary>
    public static WebApplication UseApiDocs(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI();
        return app;
    }
}
