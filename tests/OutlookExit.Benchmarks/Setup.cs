using System.Text.Json;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using OutlookExit.Core;
using OutlookExit.Core.Contracts;
using OutlookExit.Features;
using OutlookExit.Hosting;

namespace OutlookExit.Benchmarks;

/// <summary>What every benchmark shares: the memory diagnoser, medians, and the golden request samples.</summary>
public static class Setup
{
    /// <summary>The date the golden samples are written for.</summary>
    public static readonly DateOnly Today = new(2026, 11, 27);

    /// <summary>The API's own JSON options.</summary>
    public static readonly JsonSerializerOptions Json = CreateJson();

    /// <summary>Memory diagnoser, median and the output-size column; the job comes from the command line.</summary>
    public static IConfig Config { get; } = DefaultConfig.Instance
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddColumn(StatisticColumn.Median, new OutputSizeColumn())
        .WithOptions(ConfigOptions.JoinSummary)
        // The generated project is built on a shared 2-core machine; the default 2 minutes is not always enough.
        .WithBuildTimeout(TimeSpan.FromMinutes(10));

    private static JsonSerializerOptions CreateJson()
    {
        var o = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ApiBasics.Configure(o, ApiJsonContext.Default);
        return o;
    }

    /// <summary>The golden sample <paramref name="name"/> as JSON text.</summary>
    public static string SampleJson(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "requests", name + ".json"));

    /// <summary>The golden sample <paramref name="name"/>, deserialised as the API would.</summary>
    public static DraftRequest Sample(string name) =>
        JsonSerializer.Deserialize<DraftRequest>(SampleJson(name), Json)!;

    /// <summary>The composed sample; throws when it does not compose (a broken sample would make a meaningless benchmark).</summary>
    public static DraftResponse Composed(string name) =>
        DraftPipeline.Compose(Sample(name), Today) is DraftOutcome.Composed c ? c.Draft : throw new InvalidOperationException($"{name} does not compose.");
}

/// <summary>Size of the letter's output as UTF-16 bytes ((html + text) × 2), to compare allocations with:
/// the target is allocating at most 3× this per draft.</summary>
public sealed class OutputSizeColumn : IColumn
{
    public string Id => nameof(OutputSizeColumn);
    public string ColumnName => "Output";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Size;
    public string Legend => "UTF-16 size of html + text of the composed sample (compare with Allocated)";
    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var sample = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Sample")?.Value as string;
        if (sample is null) return "-";
        var draft = Setup.Composed(sample);
        return $"{(draft.Html.Length + draft.Text.Length) * 2} B";
    }
}
