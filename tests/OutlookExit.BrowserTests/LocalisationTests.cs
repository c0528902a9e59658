using System.Text.Json;
using System.Text.RegularExpressions;

namespace OutlookExit.BrowserTests;

/// <summary>The pane's wording lives in one JSON file per language; these keep the files complete and in step
/// with the markup and the scripts, so a third language is a matter of adding a file.</summary>
public sealed partial class LocalisationTests
{
    private static string Web(params string[] parts) => Path.Combine([Repo.Root, "api", "wwwroot", .. parts]);

    private static Dictionary<string, JsonElement> Strings(string language) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(File.ReadAllText(Web("i18n", $"{language}.json")))!;

    /// <summary>Every key the markup (data-i18n) and the scripts (t('…')) use.</summary>
    private static HashSet<string> UsedKeys()
    {
        var keys = new HashSet<string>();
        foreach (Match m in DataI18n().Matches(File.ReadAllText(Web("index.html")))) keys.Add(m.Groups[1].Value);
        foreach (var file in Directory.GetFiles(Web("js"), "*.js"))
            foreach (Match m in TCall().Matches(File.ReadAllText(file))) keys.Add(m.Groups[1].Value);
        return keys;
    }

    [Theory]
    [InlineData("en")]
    [InlineData("cs")]
    public void EveryKeyThePaneUsesIsTranslated(string language)
    {
        var strings = Strings(language);
        var used = UsedKeys();
        Assert.True(used.Count > 60, $"found {used.Count} keys");
        var missing = used.Where(k => !strings.ContainsKey(k) || string.IsNullOrWhiteSpace(strings[k].ToString())).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void BothLanguagesHaveTheSameKeysAndPlaceholders()
    {
        var en = Strings("en");
        var cs = Strings("cs");
        Assert.Equal(en.Keys.Order(), cs.Keys.Order());
        foreach (var (key, value) in en.Where(e => e.Value.ValueKind == JsonValueKind.String))
        {
            var wanted = Placeholder().Matches(value.GetString()!).Select(m => m.Value).Order();
            Assert.Equal(wanted, Placeholder().Matches(cs[key].GetString()!).Select(m => m.Value).Order());
        }
    }

    [Fact]
    public void TheInsertButtonsEnglishNameIsExactlyInsertIntoReply()
    {
        Assert.Equal("Insert into reply", Strings("en")["actions.insert"].GetString());
    }

    [GeneratedRegex("data-i18n=\"([^\"]+)\"")] private static partial Regex DataI18n();
    [GeneratedRegex(@"\bt\('([a-zA-Z]+\.[a-zA-Z.]+)'")] private static partial Regex TCall();
    [GeneratedRegex(@"\{\d\}")] private static partial Regex Placeholder();
}
