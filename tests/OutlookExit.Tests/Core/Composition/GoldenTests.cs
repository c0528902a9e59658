using System.Text.Json;
using OutlookExit.Core;
using OutlookExit.Core.Contracts;
using OutlookExit.Hosting;

namespace OutlookExit.Tests.Core.Composition;

/// <summary>Representative letters, compared with reviewed output in Golden/*.txt and *.html.
/// Set OUTLOOKEXIT_UPDATE_GOLDEN=1 to rewrite them after a wording change, then read the diff.</summary>
public class GoldenTests
{
    private static readonly JsonSerializerOptions Json = ApiJson.Options;

    public static TheoryData<string> Requests() =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Golden", "requests"), "*.json").Select(f => Path.GetFileNameWithoutExtension(f)!).Order()];

    [Theory]
    [MemberData(nameof(Requests))]
    public void LetterMatchesReviewedGoldenFile(string name)
    {
        var draft = Compose(name);
        var actual = $"Subject: {draft.Subject}\nWords: {draft.WordCount}\nLast working day: {draft.LastWorkingDay?.ToString("yyyy-MM-dd") ?? "-"}\n"
            + $"Findings: {string.Join(", ", draft.Findings.Select(f => f.RuleId + "@" + f.Field))}\n\n{draft.Text}\n";
        Check(name + ".txt", actual);
        Check(name + ".html", draft.Html + "\n");
    }

    internal static DraftResponse Compose(string name)
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", "requests", name + ".json"));
        var request = JsonSerializer.Deserialize<DraftRequest>(json, Json)!;
        var outcome = DraftPipeline.Compose(request, new DateOnly(2026, 11, 27));
        return Assert.IsType<DraftOutcome.Composed>(outcome).Draft;
    }

    private static void Check(string file, string actual)
    {
        var source = Path.Combine(SourceDir(), "Golden", file);
        if (Environment.GetEnvironmentVariable("OUTLOOKEXIT_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(source, actual);
            return;
        }
        Assert.True(File.Exists(source), $"Missing golden file {file}; run with OUTLOOKEXIT_UPDATE_GOLDEN=1 and review it.");
        Assert.Equal(File.ReadAllText(source), actual);
    }

    // This file is Core/Composition/GoldenTests.cs; Golden/ sits at the project's root.
    private static string SourceDir([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", ".."));
}
