using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Microsoft.Net.Http.Headers;

namespace OutlookExit.Features.AddIn;

/// <summary>The add-in manifests, stamped with this server's public origin and sign-in app.</summary>
public static class ManifestsApi
{
    /// <summary>How long a client or cache may keep a manifest before asking again (with its ETag).</summary>
    public const string CacheControl = "public, max-age=300, must-revalidate";

    /// <summary>GET and HEAD /manifest.xml, /manifest.json and /manifest.zip.</summary>
    public static IEndpointRouteBuilder MapManifests(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("").WithTags("Add-in");
        string[] methods = [HttpMethods.Get, HttpMethods.Head];
        group.MapMethods("/manifest.xml", methods, GetXmlManifest)
            .WithName("GetXmlManifest")
            .WithSummary("The add-in-only (XML) manifest, stamped with this server's public origin")
            .WithDescription("The manifest for classic Outlook on Windows and Mac, Outlook on the web and sideloading: every URL points at this server's configured public origin (PublicOrigin), and the sign-in app is filled in when Entra ID is configured. Cached for five minutes with an ETag; HEAD answers the headers alone.")
            .Produces<string>(StatusCodes.Status200OK, "application/xml");
        group.MapMethods("/manifest.json", methods, GetJsonManifest)
            .WithName("GetJsonManifest")
            .WithSummary("The unified (JSON) manifest, stamped with this server's public origin")
            .WithDescription("The Microsoft 365 app manifest for new Outlook and the Microsoft 365 admin center, with the same origin and sign-in app as the XML manifest. Cached for five minutes with an ETag; HEAD answers the headers alone.")
            .Produces<string>(StatusCodes.Status200OK, "application/json");
        group.MapMethods("/manifest.zip", methods, GetAppPackage)
            .WithName("GetAppPackage")
            .WithSummary("The unified manifest as an app package (manifest, icons, Czech strings) for new Outlook and central deployment")
            .WithDescription("A zip to upload in the Microsoft 365 admin center or in new Outlook's add-in dialog: manifest.json, the Czech strings and both icons. Cached for five minutes with an ETag; HEAD answers the headers alone.")
            .Produces(StatusCodes.Status200OK, contentType: "application/zip");
        return routes;
    }

    /// <summary>The add-in-only (XML) manifest, stamped with this server's public origin.</summary>
    public static IResult GetXmlManifest(HttpContext http, PublicOrigin origin, IConfiguration configuration) =>
        Cached(http, Encoding.UTF8.GetBytes(StampXml(origin.Value, PaneSignIn.From(configuration, origin.Value))), "application/xml; charset=utf-8");

    /// <summary>The unified (JSON) manifest, stamped with this server's public origin.</summary>
    public static IResult GetJsonManifest(HttpContext http, PublicOrigin origin, IConfiguration configuration) =>
        Cached(http, Encoding.UTF8.GetBytes(StampJson(origin.Value, PaneSignIn.From(configuration, origin.Value))), "application/json; charset=utf-8");

    /// <summary>The unified manifest as an app package (manifest, icons, Czech strings).</summary>
    public static IResult GetAppPackage(HttpContext http, PublicOrigin origin, IConfiguration configuration, IWebHostEnvironment environment)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            AddText(zip, "manifest.json", StampJson(origin.Value, PaneSignIn.From(configuration, origin.Value)));
            AddText(zip, "cs-cz.json", ManifestTemplates.CzechStrings);
            AddFile(zip, "color.png", environment.WebRootFileProvider.GetFileInfo("assets/icon-192.png"));
            AddFile(zip, "outline.png", environment.WebRootFileProvider.GetFileInfo("assets/outline-32.png"));
        }
        http.Response.Headers.ContentDisposition = "attachment; filename=outlookexit.zip";
        return Cached(http, buffer.ToArray(), "application/zip");
    }

    /// <summary>The body with a strong ETag and <see cref="CacheControl"/>; 304 when the client has it already.
    /// The content depends on configuration only, never on request headers, so nothing needs to vary.</summary>
    public static IResult Cached(HttpContext http, byte[] body, string contentType)
    {
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 16)) + "\"";
        var headers = http.Response.Headers;
        headers.ETag = etag;
        headers.CacheControl = CacheControl;
        var match = http.Request.Headers.IfNoneMatch.ToString();
        if (match.Length > 0 && (match.Trim() == "*" || match.Split(',').Any(m => m.Trim().Replace("W/", "", StringComparison.Ordinal) == etag)))
            return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.Bytes(body, contentType);
    }

    /// <summary>The development manifest with every development-origin URL, the App ID URI and the client id
    /// set as values of the XML document; without sign-in configuration the WebApplicationInfo element is left out
    /// rather than pointing at a placeholder app.</summary>
    public static string StampXml(string origin, PaneSignIn? signIn)
    {
        var doc = XDocument.Parse(ManifestTemplates.Xml, LoadOptions.PreserveWhitespace);
        foreach (var attribute in doc.Descendants().Attributes())
            if (Rebased(attribute.Value, origin) is { } value) attribute.Value = value;
        foreach (var element in doc.Descendants().Where(e => !e.HasElements))
            if (Rebased(element.Value, origin) is { } value) element.Value = value;
        foreach (var info in doc.Descendants().Where(e => e.Name.LocalName == "WebApplicationInfo").ToList())
        {
            if (signIn is null) { info.Remove(); continue; }
            info.Elements().Single(e => e.Name.LocalName == "Id").Value = signIn.ClientId;
            info.Elements().Single(e => e.Name.LocalName == "Resource").Value = signIn.AppIdUri;
        }
        // The template's opening comment describes the development file, not this one.
        doc.Nodes().OfType<XComment>().ToList().ForEach(c => c.Remove());
        return doc.Declaration + Environment.NewLine + doc.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>See <see cref="StampXml"/>; same content for the unified manifest.</summary>
    public static string StampJson(string origin, PaneSignIn? signIn)
    {
        var node = JsonNode.Parse(ManifestTemplates.Json)!.AsObject();
        Rebase(node, origin);
        if (signIn is null) node.Remove("webApplicationInfo");
        else if (node["webApplicationInfo"] is JsonObject info)
        {
            info["id"] = signIn.ClientId;
            info["resource"] = signIn.AppIdUri;
        }
        node["validDomains"] = new JsonArray(new Uri(origin).Authority);
        return node.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>Every string value that is a URL on the development origin, moved to <paramref name="origin"/>.</summary>
    private static void Rebase(JsonNode? node, string origin)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, child) in o.ToList())
                    if (child is JsonValue v && v.TryGetValue<string>(out var s) && Rebased(s, origin) is { } value) o[name] = value;
                    else Rebase(child, origin);
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                    if (a[i] is JsonValue v && v.TryGetValue<string>(out var s) && Rebased(s, origin) is { } value) a[i] = value;
                    else Rebase(a[i], origin);
                break;
        }
    }

    /// <summary>The URL on <paramref name="origin"/> when <paramref name="value"/> is one on the development origin; else null.</summary>
    private static string? Rebased(string value, string origin)
    {
        var dev = ManifestTemplates.DevelopmentOrigin;
        if (!value.StartsWith(dev, StringComparison.Ordinal)) return null;
        if (value.Length > dev.Length && value[dev.Length] is not ('/' or '?' or '#')) return null;
        return origin + value[dev.Length..];
    }

    /// <summary>Every entry's timestamp: the same configuration gives the same bytes, so the ETag is stable.</summary>
    private static readonly DateTimeOffset EntryTime = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static ZipArchiveEntry CreateEntry(ZipArchive zip, string name)
    {
        var entry = zip.CreateEntry(name);
        entry.LastWriteTime = EntryTime;
        return entry;
    }

    private static void AddText(ZipArchive zip, string name, string text)
    {
        using var stream = CreateEntry(zip, name).Open();
        stream.Write(Encoding.UTF8.GetBytes(text));
    }

    private static void AddFile(ZipArchive zip, string name, Microsoft.Extensions.FileProviders.IFileInfo file)
    {
        if (!file.Exists) return;
        using var target = CreateEntry(zip, name).Open();
        using var source = file.CreateReadStream();
        source.CopyTo(target);
    }
}
