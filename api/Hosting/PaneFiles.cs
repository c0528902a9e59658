using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace OutlookExit.Hosting;

/// <summary>Serves the Outlook task pane (wwwroot).</summary>
public static class PaneFiles
{
    /// <summary>The pane's own file types: markup, styles and scripts. Never JSON, so no API answer is compressed.</summary>
    private static readonly string[] CompressedTypes = ["text/html", "text/css", "text/javascript", "application/javascript"];

    /// <summary>index.html at /, and the pane's files compressed (Brotli or gzip) and without stale caching. (Security
    /// headers, the pane's content security policy included, come from the hosting setup for every response.)</summary>
    public static WebApplication UsePane(this WebApplication app)
    {
        // Only the pane's static files, which hold no secrets and nothing the user typed: the API stays uncompressed.
        var compression = new ResponseCompressionProvider(app.Services, Options.Create(new ResponseCompressionOptions
        {
            EnableForHttps = true,
            MimeTypes = CompressedTypes,
            Providers = { typeof(BrotliCompressionProvider), typeof(GzipCompressionProvider) },
        }));
        app.UseWhen(
            context => HttpMethods.IsGet(context.Request.Method) && !context.Request.Path.StartsWithSegments("/api")
                && !context.Request.Path.StartsWithSegments("/healthz") && !context.Request.Path.StartsWithSegments("/swagger"),
            branch => branch.UseMiddleware<ResponseCompressionMiddleware>(compression));
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
