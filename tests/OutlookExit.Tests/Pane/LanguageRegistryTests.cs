using System.IO.Compression;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace OutlookExit.Tests.Pane;

/// <summary>The languages are listed once per layer: the API (its wording resources, seen through GET /api/options),
/// the pane's registry (js/languages.js), the pane's wording files (i18n/*.json) and the add-in manifests. These
/// tests keep them the same set, with the same default, and the wording files complete.</summary>
public sealed partial class LanguageRegistryTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    /// <summary>The letter languages the API offers, default first.</summary>
    private async Task<List<string>> ApiLanguagesAsync()
    {
        var options = (await client.GetFromJsonAsync<JsonObject>("/api/options"))!;
        return [.. options["languages"]!.AsArray().Select(l => (string)l!["value"]!)];
    }

    /// <summary>The pane's registry as served: LANGUAGES and DEFAULT_LANGUAGE of js/languages.js.</summary>
    private async Task<(List<string> Languages, string Default)> PaneRegistryAsync()
    {
        var source = await client.GetStringAsync("/js/languages.js");
        var list = LanguagesList().Match(source);
        var fallback = DefaultLanguage().Match(source);
        Assert.True(list.Success, "js/languages.js has no `LANGUAGES = Object.freeze([...])`");
        Assert.True(fallback.Success, "js/languages.js has no `DEFAULT_LANGUAGE = '..'`");
        return ([.. QuotedCode().Matches(list.Groups[1].Value).Select(m => m.Groups[1].Value)], fallback.Groups[1].Value);
    }

    /// <summary>The wording files the test host serves from wwwroot/i18n.</summary>
    private List<string> WordingFiles()
    {
        var webRoot = factory.Services.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider;
        return [.. webRoot.GetDirectoryContents("i18n")
            .Where(f => !f.IsDirectory && f.Name.EndsWith(".json", StringComparison.Ordinal))
            .Select(f => f.Name[..^".json".Length])
            .Order(StringComparer.Ordinal)];
    }

    private async Task<Dictionary<string, JsonElement>> WordingAsync(string language) =>
        (await client.GetFromJsonAsync<Dictionary<string, JsonElement>>($"/i18n/{language}.json"))!;

    private static string Primary(string tag) => tag.Split('-', '_')[0].ToLowerInvariant();

    private static List<string> Sorted(IEnumerable<string> codes) => [.. codes.Distinct().Order(StringComparer.Ordinal)];

    [Fact]
    public async Task ThePanesRegistryListsTheApisLanguagesWithTheSameDefault()
    {
        var api = await ApiLanguagesAsync();
        var (pane, paneDefault) = await PaneRegistryAsync();
        Assert.Contains("cs", api);
        Assert.Equal(api, pane);
        Assert.Equal(api[0], paneDefault);
        Assert.Equal(pane[0], paneDefault);
    }

    [Fact]
    public async Task EveryLanguageHasExactlyOneWordingFileAndNoFileIsExtra()
    {
        var api = await ApiLanguagesAsync();
        Assert.Equal(Sorted(api), WordingFiles());
    }

    [Fact]
    public async Task TheUnifiedManifestIsLocalisedForExactlyTheseLanguagesAndPackagesEachFile()
    {
        var api = await ApiLanguagesAsync();
        var manifest = (await client.GetFromJsonAsync<JsonObject>("/manifest.json"))!;
        var info = manifest["localizationInfo"]!;
        var additional = info["additionalLanguages"]!.AsArray();
        Assert.Equal(api[0], Primary((string)info["defaultLanguageTag"]!));
        Assert.Equal(Sorted(api), Sorted(additional.Select(l => Primary((string)l!["languageTag"]!)).Append(Primary((string)info["defaultLanguageTag"]!))));

        using var package = new ZipArchive(await client.GetStreamAsync("/manifest.zip"));
        foreach (var language in additional)
        {
            var file = (string)language!["file"]!;
            var entry = package.GetEntry(file);
            Assert.True(entry is not null, $"the app package has no {file}");
            using var reader = new StreamReader(entry.Open());
            var strings = JsonNode.Parse(await reader.ReadToEndAsync())!.AsObject();
            Assert.False(string.IsNullOrWhiteSpace((string?)strings["name.short"]), $"{file} has no name.short");
        }
    }

    [Fact]
    public async Task TheXmlManifestIsLocalisedForExactlyTheseLanguages()
    {
        var api = await ApiLanguagesAsync();
        var xml = XDocument.Parse(await client.GetStringAsync("/manifest.xml"));
        var defaultLocale = xml.Descendants().Single(e => e.Name.LocalName == "DefaultLocale").Value;
        var overrides = xml.Descendants().Where(e => e.Name.LocalName == "Override")
            .Select(e => (string?)e.Attribute("Locale")).OfType<string>().ToList();
        Assert.NotEmpty(overrides);
        Assert.Equal(api[0], Primary(defaultLocale));
        Assert.Equal(Sorted(api), Sorted(overrides.Select(Primary).Append(Primary(defaultLocale))));
    }

    [Fact]
    public async Task EveryWordingFileHasExactlyTheKeysOfTheEnglishOne()
    {
        var files = WordingFiles();
        Assert.Contains("en", files);
        Assert.True(files.Count >= 2, $"found {files.Count} wording files");
        var english = (await WordingAsync("en")).Keys.Order(StringComparer.Ordinal).ToList();
        Assert.True(english.Count > 60, $"en.json has {english.Count} keys");
        foreach (var language in files)
        {
            var keys = (await WordingAsync(language)).Keys.Order(StringComparer.Ordinal).ToList();
            Assert.True(english.SequenceEqual(keys),
                $"{language}.json: missing [{string.Join(", ", english.Except(keys))}], extra [{string.Join(", ", keys.Except(english))}]");
        }
    }

    [GeneratedRegex(@"export\s+const\s+LANGUAGES\s*=\s*Object\.freeze\(\s*\[([^\]]*)\]\s*\)")] private static partial Regex LanguagesList();
    [GeneratedRegex(@"export\s+const\s+DEFAULT_LANGUAGE\s*=\s*'([a-z]{2,3})'")] private static partial Regex DefaultLanguage();
    [GeneratedRegex(@"'([a-z]{2,3})'")] private static partial Regex QuotedCode();
}
