using System.Globalization;
using System.Text.Json;
using OutlookExit.Core.Review.ClientAsks;

namespace OutlookExit.Benchmarks;

/// <summary>Scores the client-ask detector on the labelled corpus (tests/corpora/client-asks): precision and recall
/// per ask and language, and the exact-set match rate. <c>--rows</c> also lists the messages it gets wrong, for the
/// dev half and other open sets only: a sealed set is for measuring, so only its aggregate figures are ever printed.</summary>
internal static class ClientAsksScore
{
    public static int Run(string[] args)
    {
        // The split is the word after --client-asks: "dev", "validation", "validation2" … "validation10",
        // "sealed", or the name of any other labelled set asks-<language>.<split>.jsonl (--dir points at another folder
        // of such files). Only a name starting with "sealed" refuses --rows.
        var at = Array.IndexOf(args, "--client-asks");
        var split = at >= 0 && at + 1 < args.Length && !args[at + 1].StartsWith("--", StringComparison.Ordinal) ? args[at + 1] : "dev";
        var rows = args.Contains("--rows");
        if (rows && split.StartsWith("sealed", StringComparison.Ordinal))
        {
            Console.Error.WriteLine("--rows is not for a sealed set; a sealed set prints aggregate figures only.");
            return 2;
        }
        var dirAt = Array.IndexOf(args, "--dir");
        var directory = dirAt >= 0 && dirAt + 1 < args.Length ? args[dirAt + 1] : FindCorpus();
        if (directory is null || !Directory.Exists(directory))
        {
            Console.Error.WriteLine("tests/corpora/client-asks not found (run from the repository, or pass --dir).");
            return 2;
        }
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine($"client asks, {split} half");
        Console.WriteLine("| ask | en P | en R | en n | cs P | cs R | cs n |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        var perLanguage = new Dictionary<string, (int[] Tp, int[] Fp, int[] Fn, int Exact, int Count)>();
        foreach (var language in new[] { "en", "cs" })
        {
            var asks = Enum.GetValues<ClientAsk>();
            int[] tp = new int[asks.Length], fp = new int[asks.Length], fn = new int[asks.Length];
            int exact = 0, count = 0;
            var file = Path.Combine(directory, $"asks-{language}.{split}.jsonl");
            if (!File.Exists(file))
            {
                Console.Error.WriteLine($"{Path.GetFileName(file)} not found.");
                return 2;
            }
            foreach (var line in File.ReadLines(file))
            {
                if (string.IsNullOrWhiteSpace(line)) continue;
                using var doc = JsonDocument.Parse(line);
                var id = doc.RootElement.GetProperty("id").GetString();
                var text = doc.RootElement.GetProperty("text").GetString() ?? "";
                var expected = new HashSet<ClientAsk>();
                foreach (var a in doc.RootElement.GetProperty("asks").EnumerateArray())
                    if (ClientAskNames.TryParse(a.GetString(), out var ask)) expected.Add(ask);
                var found = ClientAskDetector.Detect(text, language).Asks;
                count++;
                if (found.SetEquals(expected)) exact++;
                foreach (var ask in asks)
                {
                    var e = expected.Contains(ask);
                    var f = found.Contains(ask);
                    if (e && f) tp[(int)ask]++;
                    else if (f) fp[(int)ask]++;
                    else if (e) fn[(int)ask]++;
                }
                if (rows && !found.SetEquals(expected))
                {
                    Console.Error.WriteLine($"{id}: expected [{Names(expected)}] found [{Names(found)}]");
                    if (args.Contains("--trace"))
                        foreach (var t in ClientAskDetector.Trace(text, language)) Console.Error.WriteLine("    " + t);
                }
            }
            perLanguage[language] = (tp, fp, fn, exact, count);
        }
        var worst = 1.0;
        var pairs = new Dictionary<string, int> { ["en"] = 0, ["cs"] = 0 };
        foreach (var ask in Enum.GetValues<ClientAsk>())
        {
            var cells = new List<string>();
            foreach (var language in new[] { "en", "cs" })
            {
                var (tp, fp, fn, _, _) = perLanguage[language];
                var i = (int)ask;
                var p = tp[i] + fp[i] == 0 ? 1.0 : (double)tp[i] / (tp[i] + fp[i]);
                var r = tp[i] + fn[i] == 0 ? 1.0 : (double)tp[i] / (tp[i] + fn[i]);
                worst = Math.Min(worst, Math.Min(p, r));
                if (p >= 0.90 && r >= 0.90) pairs[language]++;
                cells.Add(p.ToString("0.00", inv));
                cells.Add(r.ToString("0.00", inv));
                cells.Add((tp[i] + fn[i]).ToString(inv));
            }
            Console.WriteLine($"| {ClientAskNames.Name(ask)} | {string.Join(" | ", cells)} |");
        }
        foreach (var language in new[] { "en", "cs" })
        {
            var (tp, fp, fn, exact, count) = perLanguage[language];
            var micro = (double)tp.Sum() / Math.Max(1, tp.Sum() + fp.Sum());
            var microR = (double)tp.Sum() / Math.Max(1, tp.Sum() + fn.Sum());
            Console.WriteLine($"{language}: {count} messages, exact set {exact}/{count} = {((double)exact / Math.Max(1, count)).ToString("0.00", inv)}, " +
                              $"micro P {micro.ToString("0.00", inv)} R {microR.ToString("0.00", inv)}, " +
                              $"asks with P and R ≥ 0.90: {pairs[language]} of {Enum.GetValues<ClientAsk>().Length}");
        }
        Console.WriteLine($"lowest per-ask precision or recall: {worst.ToString("0.00", inv)}");
        return 0;
    }

    private static string Names(IEnumerable<ClientAsk> asks) => string.Join(",", asks.Order().Select(ClientAskNames.Name));

    private static string? FindCorpus()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "corpora", "client-asks");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}
