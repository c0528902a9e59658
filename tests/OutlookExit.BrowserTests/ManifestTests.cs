using System.Net.Http.Json;
using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using NJsonSchema;
using OutlookExit.Features.AddIn;

namespace OutlookExit.BrowserTests;

/// <summary>Both manifests, committed and served, checked offline: the JSON one against Microsoft's published
/// schema, the XML one against the MailApp rules; broken copies must fail.</summary>
public sealed class ManifestTests : IClassFixture<WebApplicationFactory<Program>>
{
    private const string PublicOrigin = "https://exit.example.com";
    private const string ClientId = "11111111-2222-3333-4444-555555555555";

    private readonly WebApplicationFactory<Program> configured;
    private readonly WebApplicationFactory<Program> plain;

    public ManifestTests(WebApplicationFactory<Program> factory)
    {
        plain = factory;
        configured = factory.WithWebHostBuilder(b => b
            .UseSetting("PublicOrigin", PublicOrigin)
            .UseSetting("AzureAd:ClientId", ClientId)
            .UseSetting("AzureAd:TenantId", "common")
            .UseSetting("AzureAd:Instance", "https://login.microsoftonline.com/"));
    }

    private static string Committed(string name) => File.ReadAllText(Path.Combine(Repo.Root, "addin-manifest", name));

    private static readonly Lazy<Task<JsonSchema>> ManifestSchema = new(() => LoadSchema("MicrosoftTeams.schema.json"));
    private static readonly Lazy<Task<JsonSchema>> LocalizationSchema = new(() => LoadSchema("MicrosoftTeams.Localization.schema.json"));

    private static Task<JsonSchema> LoadSchema(string file) =>
        JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", file)));

    private static async Task<List<string>> SchemaErrors(string json, Lazy<Task<JsonSchema>> schema)
    {
        List<string> errors = [.. (await schema.Value).Validate(json).Select(e => $"{e.Path}: {e.Kind}")];
        // The schema declares draft-04 but pins manifestVersion with `const` (a later keyword the validator skips).
        var pinned = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "MicrosoftTeams.schema.json")))!["properties"]!["manifestVersion"]?["const"]?.ToString();
        if (schema == ManifestSchema && pinned is not null && (string?)JsonNode.Parse(json)!["manifestVersion"] != pinned)
            errors.Add($"manifestVersion: must be {pinned}");
        return errors;
    }

    // ---- JSON (unified) manifest -----------------------------------------------------------------------

    [Fact]
    public async Task CommittedJsonManifestMatchesTheSchema()
    {
        Assert.Empty(await SchemaErrors(Committed("manifest.json"), ManifestSchema));
        Assert.Empty(await SchemaErrors(Committed("cs-cz.json"), LocalizationSchema));
    }

    [Fact]
    public async Task ServedJsonManifestIsStampedWithThePublicOriginAndMatchesTheSchema()
    {
        var json = await configured.CreateClient().GetStringAsync("/manifest.json");
        Assert.Empty(await SchemaErrors(json, ManifestSchema));
        Assert.DoesNotContain("localhost", json);
        var m = JsonNode.Parse(json)!;
        Assert.Equal($"{PublicOrigin}/index.html", (string?)m["extensions"]![0]!["runtimes"]![0]!["code"]!["page"]);
        Assert.Equal(ClientId, (string?)m["webApplicationInfo"]!["id"]);
        Assert.Equal($"api://exit.example.com/{ClientId}", (string?)m["webApplicationInfo"]!["resource"]);
        Assert.Equal("exit.example.com", (string?)m["validDomains"]![0]);
    }

    [Theory]
    [InlineData("developer")]
    [InlineData("version")]
    [InlineData("manifestVersion")]
    [InlineData("contexts")]
    [InlineData("scopes")]
    [InlineData("unknown property")]
    [InlineData("mobile icon scale")]
    [InlineData("mobile icon count")]
    [InlineData("mobile button type")]
    [InlineData("form factor")]
    [InlineData("alternate icon size")]
    [InlineData("alternate icon missing")]
    [InlineData("alternate icon scale")]
    public async Task BrokenJsonManifestFailsTheSchema(string breakage)
    {
        var m = JsonNode.Parse(Committed("manifest.json"))!.AsObject();
        switch (breakage)
        {
            case "developer": m.Remove("developer"); break;
            case "version": m["version"] = 5; break;
            case "manifestVersion": m["manifestVersion"] = "1.99"; break;
            case "contexts": m["extensions"]![0]!["ribbons"]![0]!["contexts"] = new JsonArray("mailEverywhere"); break;
            case "scopes": m["extensions"]![0]!["requirements"]!["scopes"] = new JsonArray("spreadsheet"); break;
            case "unknown property": m["ribbon"] = "oops"; break;
            case "mobile icon scale": m["extensions"]![0]!["ribbons"]![2]!["tabs"]![0]!["customMobileRibbonGroups"]![0]!["controls"]![0]!["icons"]![0]!["scale"] = 4; break;
            case "mobile icon count": m["extensions"]![0]!["ribbons"]![2]!["tabs"]![0]!["customMobileRibbonGroups"]![0]!["controls"]![0]!["icons"]!.AsArray().RemoveAt(8); break;
            case "mobile button type": m["extensions"]![0]!["ribbons"]![2]!["tabs"]![0]!["customMobileRibbonGroups"]![0]!["controls"]![0]!["type"] = "button"; break;
            case "form factor": m["extensions"]![0]!["ribbons"]![2]!["requirements"]!["formFactors"] = new JsonArray("phone"); break;
            case "alternate icon size": m["extensions"]![0]!["alternates"]![0]!["alternateIcons"]!["highResolutionIcon"]!["size"] = 128; break;
            case "alternate icon missing": m["extensions"]![0]!["alternates"]![0]!["alternateIcons"]!.AsObject().Remove("highResolutionIcon"); break;
            case "alternate icon scale": m["extensions"]![0]!["alternates"]![0]!["alternateIcons"]!["icon"]!["scale"] = 2; break;
        }
        Assert.NotEmpty(await SchemaErrors(m.ToJsonString(), ManifestSchema));
    }

    [Fact]
    public async Task AppPackageHoldsManifestIconsAndCzechStrings()
    {
        var response = await configured.CreateClient().GetAsync("/manifest.zip");
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        Assert.Equal(["color.png", "cs-cz.json", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order().ToArray());
        using var color = zip.GetEntry("color.png")!.Open();
        Assert.Equal((192, 192), PngSize(color));
        using var outline = zip.GetEntry("outline.png")!.Open();
        Assert.Equal((32, 32), PngSize(outline));
    }

    // ---- XML (add-in only) manifest --------------------------------------------------------------------

    [Fact]
    public void CommittedXmlManifestFollowsTheMailAppRules()
    {
        Assert.Empty(MailAppRules.Check(XDocument.Parse(Committed("manifest.xml"))));
    }

    [Fact]
    public async Task ServedXmlManifestIsStampedAndFollowsTheMailAppRules()
    {
        var xml = await configured.CreateClient().GetStringAsync("/manifest.xml");
        var doc = XDocument.Parse(xml);
        Assert.Empty(MailAppRules.Check(doc));
        Assert.DoesNotContain("localhost", xml);
        Assert.Contains($"{PublicOrigin}/index.html", xml);
        var web = doc.Descendants(MailAppRules.Vo11 + "WebApplicationInfo").Single();
        Assert.Equal(ClientId, web.Element(MailAppRules.Vo11 + "Id")!.Value);
        Assert.Equal($"api://exit.example.com/{ClientId}", web.Element(MailAppRules.Vo11 + "Resource")!.Value);
    }

    [Fact]
    public async Task WithoutConfigurationTheServedManifestUsesTheServersOwnOriginNeverTheRequestHostAndHasNoSignInApp()
    {
        // The request claims another host; the manifest keeps the server's own origin (the in-process test server
        // listens nowhere, so that is the development origin of the committed manifests).
        var client = plain.CreateClient(new() { BaseAddress = new Uri("https://pane.test:8443") });
        var doc = XDocument.Parse(await client.GetStringAsync("/manifest.xml"));
        Assert.Empty(MailAppRules.Check(doc));
        Assert.DoesNotContain("pane.test", doc.ToString());
        Assert.Contains("https://localhost:5001/index.html", doc.ToString());
        Assert.Empty(doc.Descendants(MailAppRules.Vo11 + "WebApplicationInfo"));
        var json = await client.GetStringAsync("/manifest.json");
        Assert.Empty(await SchemaErrors(json, ManifestSchema));
        Assert.DoesNotContain("pane.test", json);
        Assert.Null(JsonNode.Parse(json)!["webApplicationInfo"]);
    }

    [Fact]
    public async Task AnApiAudienceFromConfigurationIsTheAppIdUri()
    {
        var withAudience = configured.WithWebHostBuilder(b => b.UseSetting("AzureAd:Audience", "api://exit.example.com/custom"));
        var config = await withAudience.CreateClient().GetFromJsonAsync<PaneConfig>("/api/pane-config");
        Assert.Equal("api://exit.example.com/custom/access_as_user", config!.ApiScope);
        Assert.Contains("<Resource>api://exit.example.com/custom</Resource>", await withAudience.CreateClient().GetStringAsync("/manifest.xml"));
    }

    [Fact]
    public async Task PaneConfigNamesTheSignInAppOnlyWhenConfigured()
    {
        var none = await plain.CreateClient().GetFromJsonAsync<PaneConfig>("/api/pane-config");
        Assert.Equal(new PaneConfig(null, null), none);
        var some = await configured.CreateClient().GetFromJsonAsync<PaneConfig>("/api/pane-config");
        Assert.Equal(new PaneConfig(ClientId, $"api://exit.example.com/{ClientId}/access_as_user"), some);
    }

    public static TheoryData<string> Breakages => new()
    {
        "swap DisplayName and Description", "remove Permissions", "unknown permission", "dangling resid",
        "http source location", "missing Czech override", "Id not a GUID", "no compose button", "outer VersionOverrides type",
        "icon missing size 80", "no mobile surface", "mobile compose surface", "mobile icon missing scale 3",
        "mobile button with a supertip", "mobile icon list of the desktop type", "shared folders not first", "no shared folders",
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public void BrokenXmlManifestIsRejected(string breakage)
    {
        var doc = XDocument.Parse(Committed("manifest.xml"));
        var root = doc.Root!;
        XNamespace app = MailAppRules.App, bt = MailAppRules.Bt, vo = MailAppRules.Vo11, xsi = MailAppRules.Xsi;
        switch (breakage)
        {
            case "swap DisplayName and Description":
                var display = root.Element(app + "DisplayName")!;
                display.Remove();
                root.Element(app + "Description")!.AddAfterSelf(display);
                break;
            case "remove Permissions": root.Element(app + "Permissions")!.Remove(); break;
            case "unknown permission": root.Element(app + "Permissions")!.Value = "ReadWriteEverything"; break;
            case "dangling resid": doc.Descendants(vo + "Label").First().SetAttributeValue("resid", "Nowhere"); break;
            case "http source location":
                doc.Descendants(app + "SourceLocation").First().SetAttributeValue("DefaultValue", "http://localhost:5000/index.html");
                break;
            case "missing Czech override": doc.Descendants(bt + "Override").Last().Remove(); break;
            case "Id not a GUID": root.Element(app + "Id")!.Value = "outlook-exit"; break;
            case "no compose button":
                doc.Descendants(vo + "ExtensionPoint").Single(e => e.Attribute(xsi + "type")!.Value == "MessageComposeCommandSurface").Remove();
                break;
            case "outer VersionOverrides type":
                root.Element(MailAppRules.Vo10 + "VersionOverrides")!.SetAttributeValue(xsi + "type", "VersionOverridesV1_1");
                break;
            case "icon missing size 80":
                foreach (var image in doc.Descendants(vo + "Icon").Elements(bt + "Image").Where(i => i.Attribute("size")!.Value == "80").ToList())
                    image.Remove();
                break;
            case "no mobile surface": doc.Descendants(vo + "MobileFormFactor").Single().Remove(); break;
            case "mobile compose surface":
                doc.Descendants(vo + "MobileFormFactor").Single().Element(vo + "ExtensionPoint")!.SetAttributeValue(xsi + "type", "MobileMessageComposeCommandSurface");
                break;
            case "mobile icon missing scale 3":
                doc.Descendants(vo + "MobileFormFactor").Descendants(bt + "Image").First(i => i.Attribute("scale")!.Value == "3").Remove();
                break;
            case "mobile button with a supertip":
                doc.Descendants(vo + "MobileFormFactor").Descendants(vo + "Control").Single().Element(vo + "Label")!.AddAfterSelf(new XElement(vo + "Supertip"));
                break;
            case "mobile icon list of the desktop type":
                doc.Descendants(vo + "MobileFormFactor").Descendants(vo + "Icon").Single().Attribute(xsi + "type")!.Remove();
                break;
            case "shared folders not first":
                var sharedFolders = doc.Descendants(vo + "SupportsSharedFolders").Single();
                sharedFolders.Remove();
                doc.Descendants(vo + "DesktopFormFactor").Single().Add(sharedFolders);
                break;
            case "no shared folders": doc.Descendants(vo + "SupportsSharedFolders").Single().Remove(); break;
        }
        Assert.NotEmpty(MailAppRules.Check(doc));
    }

    // ---- the two manifests agree, and the served copies come from the committed ones -------------------

    [Fact]
    public void ServedTemplatesAreTheCommittedFiles()
    {
        static string Normal(string s) => s.Replace("\r\n", "\n").TrimEnd();
        Assert.Equal(Normal(Committed("manifest.xml")), Normal(ManifestTemplates.Xml));
        Assert.Equal(Normal(Committed("manifest.json")), Normal(ManifestTemplates.Json));
        Assert.Equal(Normal(Committed("cs-cz.json")), Normal(ManifestTemplates.CzechStrings));
    }

    [Fact]
    public void XmlAndJsonManifestsSayTheSameThings()
    {
        var xml = XDocument.Parse(Committed("manifest.xml"));
        var json = JsonNode.Parse(Committed("manifest.json"))!;
        var cs = JsonNode.Parse(Committed("cs-cz.json"))!;
        XNamespace app = MailAppRules.App, bt = MailAppRules.Bt, vo = MailAppRules.Vo11;
        string Res(string id) => xml.Descendants().First(e => e.Attribute("id")?.Value == id).Attribute("DefaultValue")!.Value;
        string CsRes(string id) => xml.Descendants().First(e => e.Attribute("id")?.Value == id).Elements(bt + "Override").Single().Attribute("Value")!.Value;

        Assert.Equal(xml.Root!.Element(app + "Id")!.Value, (string?)json["id"]);
        Assert.Equal(Res("Pane.Url"), (string?)json["extensions"]![0]!["runtimes"]![0]!["code"]!["page"]);
        var ribbons = json["extensions"]![0]!["ribbons"]!.AsArray();
        Assert.Equal(new[] { "mailRead", "mailCompose", "mailRead" }, ribbons.Select(r => (string)r!["contexts"]![0]!).ToArray());
        Assert.Equal(new[] { "desktop", "desktop", "mobile" }, ribbons.Select(r => (string)r!["requirements"]!["formFactors"]![0]!).ToArray());
        for (var i = 0; i < 2; i++)
        {
            var control = ribbons[i]!["tabs"]![0]!["groups"]![0]!["controls"]![0]!;
            Assert.Equal(Res("Button.Label"), (string?)control["label"]);
            Assert.Equal(Res("Button.Tooltip"), (string?)control["supertip"]!["description"]);
            Assert.Equal(CsRes("Button.Label"), (string?)cs[$"extensions[0].ribbons[{i}].tabs[0].groups[0].controls[0].label"]);
            Assert.Equal(CsRes("Button.Tooltip"), (string?)cs[$"extensions[0].ribbons[{i}].tabs[0].groups[0].controls[0].supertip.description"]);
            Assert.Equal(new[] { Res("Icon.16"), Res("Icon.32"), Res("Icon.80") }, control["icons"]!.AsArray().Select(x => (string)x!["url"]!).ToArray());
        }
        // The mobile read button: same label, the same nine icons as the XML manifest's MobileIconList.
        var mobile = ribbons[2]!["tabs"]![0]!["customMobileRibbonGroups"]![0]!["controls"]![0]!;
        Assert.Equal(Res("Button.Label"), (string?)mobile["label"]);
        Assert.Equal(CsRes("Button.Label"), (string?)cs["extensions[0].ribbons[2].tabs[0].customMobileRibbonGroups[0].controls[0].label"]);
        var xmlMobile = xml.Descendants(vo + "MobileFormFactor").Descendants(bt + "Image")
            .Select(i => $"{i.Attribute("size")!.Value}@{i.Attribute("scale")!.Value}={Res(i.Attribute("resid")!.Value)}");
        var jsonMobile = mobile["icons"]!.AsArray().Select(x => $"{(int)x!["size"]!}@{(int)x["scale"]!}={(string)x["url"]!}");
        Assert.Equal(xmlMobile.Order(), jsonMobile.Order());
        // Shared mailboxes in both: SupportsSharedFolders and the Mailbox.SharedFolder permission.
        Assert.Equal("true", xml.Descendants(vo + "SupportsSharedFolders").Single().Value);
        Assert.Contains(json["authorization"]!["permissions"]!["resourceSpecific"]!.AsArray(), p => (string?)p!["name"] == "Mailbox.SharedFolder");
        // The icons older Office shows come from the XML manifest's own icons.
        var alternate = json["extensions"]![0]!["alternates"]![0]!["alternateIcons"]!;
        Assert.Equal(xml.Root!.Element(app + "IconUrl")!.Attribute("DefaultValue")!.Value, (string?)alternate["icon"]!["url"]);
        Assert.Equal(xml.Root!.Element(app + "HighResolutionIconUrl")!.Attribute("DefaultValue")!.Value, (string?)alternate["highResolutionIcon"]!["url"]);
        Assert.Equal("ReadWriteItem", xml.Root!.Element(app + "Permissions")!.Value);
        Assert.Equal("MailboxItem.ReadWrite.User", (string?)json["authorization"]!["permissions"]!["resourceSpecific"]![0]!["name"]);
        Assert.Equal(xml.Descendants(vo + "Resource").Single().Value, (string?)json["webApplicationInfo"]!["resource"]);
    }

    [Fact]
    public void EveryIconTheManifestsNameExistsWithItsSize()
    {
        var xml = Committed("manifest.xml") + Committed("manifest.json");
        var urls = System.Text.RegularExpressions.Regex.Matches(xml, @"https://localhost:5001/assets/icon-(\d+)\.png").Select(m => m).ToList();
        Assert.NotEmpty(urls);
        foreach (var m in urls)
        {
            var size = int.Parse(m.Groups[1].Value);
            using var file = File.OpenRead(Path.Combine(Repo.Root, "api", "wwwroot", "assets", $"icon-{size}.png"));
            Assert.Equal((size, size), PngSize(file));
        }
        using var color = File.OpenRead(Path.Combine(Repo.Root, "addin-manifest", "color.png"));
        Assert.Equal((192, 192), PngSize(color));
        using var outline = File.OpenRead(Path.Combine(Repo.Root, "addin-manifest", "outline.png"));
        Assert.Equal((32, 32), PngSize(outline));
    }

    [Fact]
    public async Task ManifestEndpointsAnswerWithTheRightContentTypes()
    {
        var client = configured.CreateClient();
        var xml = await client.GetAsync("/manifest.xml");
        Assert.Equal(HttpStatusCode.OK, xml.StatusCode);
        Assert.Equal("application/xml", xml.Content.Headers.ContentType?.MediaType);
        var json = await client.GetAsync("/manifest.json");
        Assert.Equal("application/json", json.Content.Headers.ContentType?.MediaType);
    }

    private static (int, int) PngSize(Stream stream)
    {
        var header = new byte[24];
        stream.ReadExactly(header);
        Assert.Equal("PNG", System.Text.Encoding.ASCII.GetString(header, 1, 3));
        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16)),
            System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(20)));
    }
}
