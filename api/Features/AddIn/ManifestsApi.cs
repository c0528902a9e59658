using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http.HttpResults;

namespace OutlookExit.Features.AddIn;

/// <summary>The add-in manifests, stamped with this server's public origin and sign-in app.</summary>
public static class ManifestsApi
{
    /// <summary>GET /manifest.xml, /manifest.json and /manifest.zip.</summary>
    public static IEndpointRouteBuilder MapManifests(this IEndpointRouteBuilder routes)
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
        return routes;
    }

    /// <summary>Handler for /manifest.xml.</summary>
    public static ContentHttpResult GetXmlManifest(HttpRequest request, IConfiguration configuration) =>
        TypedResults.Text(StampXml(PublicOrigin.Of(request, configuration), PaneSignIn.From(configuration, PublicOrigin.Of(request, configuration))),
            "application/xml", Encoding.UTF8);

    /// <summary>Handler for /manifest.json.</summary>
    public static ContentHttpResult GetJsonManifest(HttpRequest request, IConfiguration configuration) =>
        TypedResults.Text(StampJson(PublicOrigin.Of(request, configuration), PaneSignIn.From(configuration, PublicOrigin.Of(request, configuration))),
            "application/json", Encoding.UTF8);

    /// <summary>Handler for /manifest.zip.</summary>
    public static FileContentHttpResult GetAppPackage(HttpRequest request, IConfiguration configuration, IWebHostEnvironment environment)
    {
        var origin = PublicOrigin.Of(request, configuration);
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
