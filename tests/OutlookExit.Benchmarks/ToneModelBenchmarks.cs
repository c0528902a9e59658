using BenchmarkDotNet.Attributes;
using OutlookExit.Core.Review.Tone;
using OutlookExit.Core.Review.Tone.Model;

namespace OutlookExit.Benchmarks;

/// <summary>The statistical layer alone (<see cref="ToneModel"/>) on a scanned text: what it would add to every tone
/// check. Its threshold is lowered to 0 so that it also builds findings, the costlier path.
/// Run: dotnet run -c Release --project tests/OutlookExit.Benchmarks -- --filter '*ToneModelBenchmarks*' --job short</summary>
public class ToneModelBenchmarks
{
    private ScannedText? _scanned;
    private ToneModel _model = null!;
    private LanguageProfile _profile = null!;
    private readonly List<Candidate> _candidates = [];

    [Params(1_000, 10_000)]
    public int Length { get; set; }

    [Params(TextKind.Ordinary, TextKind.Czech, TextKind.ManyYou)]
    public TextKind Kind { get; set; }

    [GlobalSetup]
    public void Build()
    {
        var language = Kind == TextKind.Czech ? "cs" : "en";
        _scanned = ScannedText.Scan(ToneTexts.Make(Kind, Length));
        _model = ToneModel.For(language).WithThreshold(0);
        _profile = LanguageProfile.For(language);
    }

    [GlobalCleanup]
    public void Clean() => _scanned?.Dispose();

    [Benchmark]
    public int Find()
    {
        _candidates.Clear();
        _model.Find(_scanned!, _profile, _candidates);
        return _candidates.Count;
    }
}
