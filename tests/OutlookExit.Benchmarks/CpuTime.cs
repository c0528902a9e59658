using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;
using OutlookExit.Core;
using OutlookExit.Core.Composition;
using OutlookExit.Core.Contracts;
using OutlookExit.Core.Rendering;
using OutlookExit.Core.Review;
using OutlookExit.Core.Validation;
using OutlookExit.Core.Review.Secrets;
using OutlookExit.Core.Review.Tone;

namespace OutlookExit.Benchmarks;

/// <summary>A second opinion for a shared, overloaded machine: BenchmarkDotNet measures wall-clock time, which grows
/// with every other process on the cores. This measures the benchmark thread's own CPU time (getrusage RUSAGE_THREAD),
/// which does not count the time the thread waited for a core, and prints the median of several rounds.
/// Run: dotnet run -c Release --project tests/OutlookExit.Benchmarks -- --cpu-time</summary>
public static class CpuTime
{
    private const int Rounds = 7;


    /// <summary>With <paramref name="toneOnly"/> (<c>--cpu-time --tone</c>) only the tone rows are measured;
    /// <c>--cpu-time --secrets</c> measures the secret detector alone.</summary>
    public static void Run(bool toneOnly = false, bool secretsOnly = false, bool stepsOnly = false)
    {
        if (secretsOnly)
        {
            RunSecrets();
            return;
        }
        if (stepsOnly)
        {
            RunSteps();
            return;
        }
        // Bring every path to its final tier before measuring anything: on a busy machine the background
        // compiler lags, and the first scenario would otherwise be measured partly in unoptimised code.
        var warm = Stopwatch.StartNew();
        var everything = new[] { "termination-en-sample", "termination-cs-sample", "thankyou-en-sample", "conversation-cs-warm" }.Select(Setup.Sample).ToArray();
        while (warm.Elapsed.TotalSeconds < 5)
        {
            foreach (var request in everything) DraftPipeline.Compose(request, Setup.Today);
            ToneChecker.Check(ToneTexts.Make(TextKind.Ordinary, 1_000), "en");
            ToneChecker.Check(ToneTexts.Make(TextKind.Czech, 1_000), "cs");
        }
        Console.WriteLine("Thread CPU time per operation, median of 7 rounds (each round about 0.2 s of CPU)");
        Console.WriteLine($"{"scenario",-48} {"us/op",10} {"alloc B/op",11} {"output B",9}");
        foreach (var sample in toneOnly ? [] : new[] { "termination-en-sample", "termination-cs-sample", "termination-cs-warm-full", "termination-en-formal-company",
                     "thankyou-en-sample", "thankyou-cs-formal", "conversation-en-formal", "conversation-cs-warm" })
        {
            var request = Setup.Sample(sample);
            var draft = Setup.Composed(sample);
            Report($"Compose {sample}", () => DraftPipeline.Compose(request, Setup.Today), (draft.Html.Length + draft.Text.Length) * 2);
        }
        foreach (var kind in Enum.GetValues<TextKind>())
        {
            var perLength = new Dictionary<int, double>();
            foreach (var length in new[] { 200, 1_000, 10_000 })
            {
                var text = ToneTexts.Make(kind, length);
                var language = kind == TextKind.Czech ? "cs" : "en";
                perLength[length] = Report($"Tone {kind} {length}", () => ToneChecker.Check(text, language, "personalNote"), null);
            }
            Console.WriteLine($"{"",-48} per 1,000 chars at 10,000: {perLength[10_000] / 10:F2} us; 10x text = {perLength[10_000] / perLength[1_000]:F1}x time");
        }
    }

    /// <summary>The secret detector alone (<c>SecretDetector.FindAll</c>) on ordinary, Czech and adversarial text
    /// and on text dense with secret cues, per 1,000 characters.</summary>
    private static void RunSecrets()
    {
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed.TotalSeconds < 3)
            foreach (var kind in Enum.GetValues<SecretTextKind>()) SecretDetector.FindAll(SecretTexts.Make(kind, 1_000));
        Console.WriteLine("Thread CPU time per operation, median of 7 rounds (each round about 0.2 s of CPU)");
        Console.WriteLine($"{"scenario",-48} {"us/op",10} {"alloc B/op",11} {"output B",9}");
        foreach (var kind in Enum.GetValues<SecretTextKind>())
        {
            var perLength = new Dictionary<int, double>();
            foreach (var length in new[] { 1_000, 10_000 })
            {
                var text = SecretTexts.Make(kind, length);
                perLength[length] = Report($"Secrets {kind} {length}", () => SecretDetector.FindAll(text), null);
            }
            Console.WriteLine($"{"",-48} per 1,000 chars at 10,000: {perLength[10_000] / 10:F2} us; 10x text = {perLength[10_000] / perLength[1_000]:F1}x time");
        }
    }

    /// <summary>The steps of one draft request on their own (<c>--cpu-time --steps</c>), for the English and the Czech
    /// termination sample: JSON in, validation, secret check, composition, both renderers, the word count, the review
    /// (tone and plan findings) and JSON out — where the time of <c>POST /api/drafts</c> goes inside the process.</summary>
    private static void RunSteps()
    {
        var samples = new[] { "termination-en-sample", "termination-cs-sample" };
        // Every step to its final tier first (see Run).
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed.TotalSeconds < 5)
            foreach (var sample in samples)
            {
                var draft = JsonSerializer.Deserialize<DraftRequest>(Setup.SampleJson(sample), Setup.Json)!;
                if (DraftPipeline.Compose(draft, Setup.Today) is DraftOutcome.Composed c) JsonSerializer.SerializeToUtf8Bytes(c.Draft, Setup.Json);
            }
        Console.WriteLine("Thread CPU time per operation, median and lowest of 7 rounds (each round about 0.2 s of CPU); sums of the lowest");
        Console.WriteLine($"{"scenario",-48} {"us/op",10} {"alloc B/op",11} {"output B",9} {"lowest",8}");
        foreach (var sample in samples)
        {
            var json = System.Text.Encoding.UTF8.GetBytes(Setup.SampleJson(sample));
            var request = Setup.Sample(sample);
            var (plan, texts, _) = PlanValidator.Validate(request, Setup.Today);
            var letter = Composer.Compose(plan!);
            var text = TextRenderer.Render(letter);
            var response = Setup.Composed(sample);
            var total = 0.0;
            total += Report($"{sample}: JSON read", () => JsonSerializer.Deserialize<DraftRequest>(json, Setup.Json)!, null, lowest: true);
            total += Report($"{sample}: validate", () => PlanValidator.Validate(request, Setup.Today), null, lowest: true);
            total += Report($"{sample}: secret check", () => texts.Select(t => SecretDetector.Find(t.Text)).ToList(), null, lowest: true);
            total += Report($"{sample}: compose", () => Composer.Compose(plan!), null, lowest: true);
            total += Report($"{sample}: render HTML", () => HtmlRenderer.Render(letter), null, lowest: true);
            total += Report($"{sample}: render text", () => TextRenderer.Render(letter), null, lowest: true);
            total += Report($"{sample}: count words", () => TextRenderer.CountWords(text), null, lowest: true);
            total += Report($"{sample}: review", () => DraftReview.Findings(plan!, texts), null, lowest: true);
            total += Report($"{sample}: JSON write", () => JsonSerializer.SerializeToUtf8Bytes(response, Setup.Json), null, lowest: true);
            Console.WriteLine($"{"sum of the steps (lowest rounds)",-48} {total,10:F2}");
            Report($"{sample}: whole pipeline (no JSON)", () => DraftPipeline.Compose(request, Setup.Today), null, lowest: true);
        }
    }

    /// <summary>Times <paramref name="operation"/> and prints it; returns the median, or with <paramref name="lowest"/> also
    /// prints the lowest round and returns it: on a machine shared with other work the lowest round is the one least
    /// disturbed, so it moves less between runs than the median.</summary>
    private static double Report(string name, Func<object> operation, int? outputBytes, bool lowest = false)
    {
        // Warm up until tiered compilation has settled, then size a round to about 0.2 s.
        var watch = Stopwatch.StartNew();
        var n = 0;
        while (watch.ElapsedMilliseconds < 1500 || n < 1000) { operation(); n++; }
        var perRound = Math.Max(10, (int)(n * 200 / watch.Elapsed.TotalMilliseconds));
        var times = new double[Rounds];
        long allocated = 0;
        for (var r = 0; r < Rounds; r++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var start = ThreadCpuMicroseconds();
            for (var i = 0; i < perRound; i++) operation();
            times[r] = (ThreadCpuMicroseconds() - start) / perRound;
            allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / perRound;
        }
        Array.Sort(times);
        var median = times[Rounds / 2];
        Console.WriteLine($"{name,-48} {median,10:F2} {allocated,11} {(outputBytes?.ToString() ?? "-"),9}{(lowest ? $" {times[0],8:F2}" : "")}");
        return lowest ? times[0] : median;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeVal { public long Seconds; public long Microseconds; }

    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage { public TimeVal User; public TimeVal System; public Padding Rest; }

    [StructLayout(LayoutKind.Sequential, Size = 14 * 8)]
    private struct Padding;

    [DllImport("libc", SetLastError = true)]
    private static extern int getrusage(int who, out RUsage usage);

    internal static double ThreadCpuMicroseconds()
    {
        const int RusageThread = 1;
        if (getrusage(RusageThread, out var u) != 0) throw new InvalidOperationException("getrusage failed");
        return (u.User.Seconds + u.System.Seconds) * 1e6 + u.User.Microseconds + u.System.Microseconds;
    }
}
