using BenchmarkDotNet.Attributes;
using OutlookExit.Core.Review.ClientAsks;

namespace OutlookExit.Benchmarks;

/// <summary>The client-ask detector on 1,000 and 10,000 characters (the contract's limit) of a reply full of asks,
/// in English and Czech. Linear means: 10× the text costs at most about 12× the time.</summary>
public class ClientAsksBenchmarks
{
    private const string English =
        "Hi Alex, please don't go. Is it the rate? We could pay 20% more, or could you stay until March and finish the app? " +
        "Please also send the files, recommend someone and correct the invoice. Thanks for everything, good luck! ";

    private const string Czech =
        "Dobrý den, neodcházejte prosím. Je to kvůli sazbě? Můžeme přidat 20 %, nebo zůstaňte do března a dokončete aplikaci. " +
        "Pošlete prosím soubory, doporučte někoho a opravte fakturu. Děkujeme za všechno, ať se daří! ";

    private string _text = "";

    [Params(1_000, 10_000)]
    public int Length { get; set; }

    [Params("en", "cs")]
    public string Language { get; set; } = "en";

    [GlobalSetup]
    public void Build()
    {
        var sample = Language == "cs" ? Czech : English;
        _text = string.Concat(Enumerable.Repeat(sample, Length / sample.Length + 1))[..Length];
    }

    [Benchmark]
    public ClientAskResult Detect() => ClientAskDetector.Detect(_text, Language);
}
