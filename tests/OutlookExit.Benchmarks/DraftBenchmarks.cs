using System.Text.Json;
using BenchmarkDotNet.Attributes;
using OutlookExit.Core;
using OutlookExit.Core.Composition;
using OutlookExit.Core.Contracts;
using OutlookExit.Core.Letters;
using OutlookExit.Core.Rendering;
using OutlookExit.Core.Validation;

namespace OutlookExit.Benchmarks;

/// <summary>The whole core for one request: validate, compose, tone-check the user's fields, render HTML and text.
/// Each kind in English and Czech (the golden request samples).</summary>
public class ComposeBenchmarks
{
    private DraftRequest _request = null!;

    [Params("termination-en-sample", "termination-cs-sample", "termination-cs-warm-full", "termination-en-formal-company",
        "thankyou-en-sample", "thankyou-cs-formal", "conversation-en-formal", "conversation-cs-warm")]
    public string Sample { get; set; } = "";

    [GlobalSetup]
    public void Load() => _request = Setup.Sample(Sample);

    [Benchmark]
    public DraftOutcome Compose() => DraftPipeline.Compose(_request, Setup.Today);
}

/// <summary>The steps of one termination letter on their own: composing the letter model, then each renderer.</summary>
public class RenderBenchmarks
{
    private DraftRequest _request = null!;
    private LetterPlan _plan = null!;
    private Letter _letter = null!;

    [Params("termination-en-sample", "termination-cs-sample")]
    public string Sample { get; set; } = "";

    [GlobalSetup]
    public void Load()
    {
        _request = Setup.Sample(Sample);
        _plan = PlanValidator.Validate(_request, Setup.Today).Plan!;
        _letter = Composer.Compose(_plan);
    }

    [Benchmark]
    public PlanValidator.Result Validate() => PlanValidator.Validate(_request, Setup.Today);

    [Benchmark]
    public Letter ComposeLetter() => Composer.Compose(_plan);

    [Benchmark]
    public string RenderHtml() => HtmlRenderer.Render(_letter);

    [Benchmark]
    public string RenderText() => TextRenderer.Render(_letter);
}

/// <summary>The JSON the HTTP shell does around the core: read the request, write the response, with the API's options.</summary>
public class JsonBenchmarks
{
    private byte[] _requestUtf8 = [];
    private DraftResponse _response = null!;

    [Params("termination-en-sample")]
    public string Sample { get; set; } = "";

    [GlobalSetup]
    public void Load()
    {
        _requestUtf8 = System.Text.Encoding.UTF8.GetBytes(Setup.SampleJson(Sample));
        _response = Setup.Composed(Sample);
    }

    [Benchmark]
    public DraftRequest? ReadRequest() => JsonSerializer.Deserialize<DraftRequest>(_requestUtf8, Setup.Json);

    [Benchmark]
    public byte[] WriteResponse() => JsonSerializer.SerializeToUtf8Bytes(_response, Setup.Json);
}
