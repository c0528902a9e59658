namespace OutlookExit.Hosting;

/// <summary>Serves the Outlook task pane (wwwroot).</summary>
public static class PaneFiles
{
    /// <summary>index.html at /, and the pane's files without stale caching. (Security headers, the pane's
    /// content security policy included, come from the hosting setup for every response.)</summary>
    public static WebApplication UsePane(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = context =>
            {
                // The pane is small and changes with every deployment; revalidate rather than run stale code.
                if (!context.File.Name.EndsWith(".png", StringComparison.OrdinalIgnoreCase))
                    context.Context.Response.Headers.CacheControl = "no-cache";
            },
        });
        return app;
    }
}
