// Program.cs calls UsePane() and MapManifest() without a using of its own.
global using OutlookExit.Pane;

using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http.HttpResults;

namespace OutlookExit.Pane;

/// <summary>Serves the Outlook task pane (wwwroot), the add-in manifests stamped with this server's origin,
/// and the little configuration the pane needs to sign in.</summary>
public static class PaneHosting
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

    /// <summary>GET /manifest.xml, /manifest.json, /manifest.zip and /api/pane-config.</summary>
    public static IEndpointRouteBuilder MapManifest(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("").WithTags("Add-in");
        group.MapGet("/manifest.xml", GetXmlManifest)
            .WithName("GetXmlManifest")
            .WithSummary("The add-in-only (XML) manifest, stamped with this server's public origin")
            .Produces<string>(StatusCodes.Status200OK, "application/xml");
        group.MapGet("/manifest.json", GetJsonManifest)
            .WithName("GetJsonManifest")
            .WithSummary("The unified (JSON) manifest, stamped with this server's public origin")
            .Produces<string>(StatusCodes.Status200OK, "application/json");
        group.MapGet("/manifest.zip", GetAppPackage)
            .WithName("GetAppPackage")
            .WithSummary("The unified manifest as an app package (manifest, icons, Czech strings) for new Outlook and central deployment")
            .Produces(StatusCodes.Status200OK, contentType: "application/zip");
        group.MapGet("/api/pane-config", GetPaneConfig)
            .WithName("GetPaneConfig")
            .WithSummary("What the task pane needs to sign in; nulls when Entra ID is not configured");
        return routes;
    }

    /// <summary>Handler for /manifest.xml.</summary>
    public static ContentHttpResult GetXmlManifest(HttpRequest request, IConfiguration configuration) =>
        TypedResults.Text(StampXml(Origin(request, configuration), PaneSignIn.From(configuration, Origin(request, configuration))),
            "application/xml", Encoding.UTF8);

    /// <summary>Handler for /manifest.json.</summary>
    public static ContentHttpResult GetJsonManifest(HttpRequest request, IConfiguration configuration) =>
        TypedResults.Text(StampJson(Origin(request, configuration), PaneSignIn.From(configuration, Origin(request, configuration))),
            "application/json", Encoding.UTF8);

    /// <summary>Handler for /manifest.zip.</summary>
    public static FileContentHttpResult GetAppPackage(HttpRequest request, IConfiguration configuration, IWebHostEnvironment environment)
    {
        var origin = Origin(request, configuration);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            AddText(zip, "manifest.json", StampJson(origin, PaneSignIn.From(configuration, origin)));
            AddText(zip, "cs-cz.json", ManifestTemplates.CzechStrings);
            AddFile(zip, "color.png", environment.WebRootFileProvider.GetFileInfo("assets/icon-192.png"));
            AddFile(zip, "outline.png", environment.WebRootFileProvider.GetFileInfo("assets/outline-32.png"));
        }
        return TypedResults.File(buffer.ToArray(), "application/zip", "outlookexit.zip");
    }

    /// <summary>Handler for /api/pane-config.</summary>
    public static Ok<PaneConfig> GetPaneConfig(HttpRequest request, IConfiguration configuration)
    {
        var signIn = PaneSignIn.From(configuration, Origin(request, configuration));
        return TypedResults.Ok(new PaneConfig(signIn?.ClientId, signIn is null ? null : $"{signIn.AppIdUri}/access_as_user"));
    }

    /// <summary>`PublicOrigin` from configuration (e.g. https://exit.example.com), else the request's own origin.</summary>
    public static string Origin(HttpRequest request, IConfiguration configuration)
    {
        var configured = configuration["PublicOrigin"];
        if (!string.IsNullOrWhiteSpace(configured) && Uri.TryCreate(configured.Trim(), UriKind.Absolute, out var uri)
            && uri.Scheme is "https" or "http")
            return uri.GetLeftPart(UriPartial.Authority);
        return $"{request.Scheme}://{request.Host.Value}";
    }

    /// <summary>The development manifest with the origin and sign-in app replaced; without sign-in configuration
    /// the WebApplicationInfo element is left out rather than pointing at a placeholder app.</summary>
    public static string StampXml(string origin, PaneSignIn? signIn)
    {
        var xml = ReplaceOrigin(ManifestTemplates.Xml, origin, signIn);
        var doc = XDocument.Parse(xml, LoadOptions.PreserveWhitespace);
        if (signIn is null)
            doc.Descendants().Where(e => e.Name.LocalName == "WebApplicationInfo").ToList().ForEach(e => e.Remove());
        return doc.Declaration + Environment.NewLine + doc.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>See <see cref="StampXml"/>; same content for the unified manifest.</summary>
    public static string StampJson(string origin, PaneSignIn? signIn)
    {
        var node = JsonNode.Parse(ReplaceOrigin(ManifestTemplates.Json, origin, signIn))!.AsObject();
        if (signIn is null) node.Remove("webApplicationInfo");
        var host = new Uri(origin).Authority;
        node["validDomains"] = new JsonArray(host);
        return node.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static string ReplaceOrigin(string template, string origin, PaneSignIn? signIn)
    {
        var text = template;
        if (signIn is not null)
            text = text.Replace($"api://{ManifestTemplates.DevelopmentHost}/{ManifestTemplates.PlaceholderClientId}", signIn.AppIdUri, StringComparison.Ordinal)
                       .Replace(ManifestTemplates.PlaceholderClientId, signIn.ClientId, StringComparison.Ordinal);
        return text.Replace(ManifestTemplates.DevelopmentOrigin, origin, StringComparison.Ordinal);
    }

    private static void AddText(ZipArchive zip, string name, string text)
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(Encoding.UTF8.GetBytes(text));
    }

    private static void AddFile(ZipArchive zip, string name, Microsoft.Extensions.FileProviders.IFileInfo file)
    {
        if (!file.Exists) return;
        using var target = zip.CreateEntry(name).Open();
        using var source = file.CreateReadStream();
        source.CopyTo(target);
    }
}

/// <summary>Answer of GET /api/pane-config: the Entra ID app the pane signs in to, and the scope of this API.</summary>
public sealed record PaneConfig(string? ClientId, string? ApiScope);

/// <summary>The sign-in app from configuration `AzureAd:ClientId`, and its App ID URI: `AzureAd:Audience` when that
/// is an `api://` URI (the same key the API validates tokens against), else `api://host[:port]/client-id` of the
/// public origin, the form Office SSO expects.</summary>
public sealed record PaneSignIn(string ClientId, string AppIdUri)
{
    /// <summary>Null when no client id is configured.</summary>
    public static PaneSignIn? From(IConfiguration configuration, string origin)
    {
        var clientId = configuration["AzureAd:ClientId"];
        if (string.IsNullOrWhiteSpace(clientId)) return null;
        var appIdUri = configuration["AzureAd:Audience"];
        if (string.IsNullOrWhiteSpace(appIdUri) || !appIdUri.Trim().StartsWith("api://", StringComparison.Ordinal))
            appIdUri = $"api://{new Uri(origin).Authority}/{clientId.Trim()}";
        return new PaneSignIn(clientId.Trim(), appIdUri.Trim().TrimEnd('/'));
    }
}
