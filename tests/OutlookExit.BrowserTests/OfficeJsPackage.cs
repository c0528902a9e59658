using Microsoft.Playwright;

namespace OutlookExit.BrowserTests;

/// <summary>Microsoft's real office.js, from the npm package <c>@microsoft/office-js</c> installed next to this project
/// (package.json; ./test.sh runs <c>npm ci</c>). Its files are served to the pane in place of the CDN URL
/// https://appsforoffice.microsoft.com/lib/1/hosted/office.js, so nothing goes to the network. Test-only: the files
/// are not committed and never shipped (the package's licence limits redistribution, and production keeps the CDN,
/// which Microsoft requires for published add-ins).</summary>
public static class OfficeJsPackage
{
    public const string CdnBase = "https://appsforoffice.microsoft.com/lib/1/hosted/";

    /// <summary>office.js's own telemetry proxy frame (it adds it when it runs outside an Office host).</summary>
    public const string TelemetryOrigin = "https://telemetryservice.firstpartyapps.oaspapps.com";

    private static readonly Lazy<string> DistDirectory = new(FindDist);

    /// <summary>The package's dist folder. Missing is a failure, never a skip.</summary>
    public static string Dist => DistDirectory.Value;

    private static string FindDist()
    {
        var candidate = Path.Combine(Repo.Root, "tests", "OutlookExit.BrowserTests", "node_modules", "@microsoft", "office-js", "dist");
        if (File.Exists(Path.Combine(candidate, "office.js"))) return candidate;
        throw new InvalidOperationException(
            "@microsoft/office-js is not installed. Run `npm ci` in tests/OutlookExit.BrowserTests (./test.sh does).");
    }

    /// <summary>Routes the CDN to the package's files (404 for a file it does not have) and answers office.js's
    /// telemetry frame with an empty page.</summary>
    public static async Task RouteAsync(IBrowserContext context)
    {
        var dist = Dist;
        await context.RouteAsync(CdnBase + "**", async route =>
        {
            var relative = Uri.UnescapeDataString(new Uri(route.Request.Url).AbsolutePath["/lib/1/hosted/".Length..]);
            var path = Path.GetFullPath(Path.Combine(dist, relative));
            if (!path.StartsWith(dist + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(path))
            {
                await route.FulfillAsync(new() { Status = 404, Body = "" });
                return;
            }
            var type = path.EndsWith(".js", StringComparison.OrdinalIgnoreCase) ? "application/javascript"
                : path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) ? "text/html; charset=utf-8"
                : path.EndsWith(".css", StringComparison.OrdinalIgnoreCase) ? "text/css" : "application/octet-stream";
            await route.FulfillAsync(new() { Status = 200, ContentType = type, BodyBytes = await File.ReadAllBytesAsync(path) });
        });
        await context.RouteAsync(TelemetryOrigin + "/**", route =>
            route.FulfillAsync(new() { Status = 200, ContentType = "text/html; charset=utf-8", Body = "<!doctype html><title>telemetry</title>" }));
    }
}
