using OutlookExit.Core.Review.Secrets;

namespace OutlookExit.Benchmarks;

/// <summary>Scores the secret detector on the labelled corpus in <c>tests/corpora/secrets</c>: the share of fake
/// secrets refused (a finding overlaps the labelled span) per family and overall, and the share of look-alikes
/// refused (any finding) per kind and overall. Prints aggregate figures only; <c>--misses</c> lists the rows
/// that went wrong, and is refused for the sealed split.
/// Run: dotnet run -c Release --project tests/OutlookExit.Benchmarks -- --secrets-corpus [--split dev|sealed] [--misses]</summary>
public static class SecretCorpus
{
    public static int Run(string[] args)
    {
        var split = Option(args, "--split") ?? "dev";
        if (split is not ("dev" or "sealed"))
        {
            Console.Error.WriteLine("--split must be dev or sealed");
            return 2;
        }
        var showMisses = args.Contains("--misses");
        if (showMisses && split != "dev")
        {
            Console.Error.WriteLine("--misses lists rows and is only for the dev split; the sealed split reports figures only.");
            return 2;
        }
        var dir = Option(args, "--dir") ?? FindCorpus();
        var secrets = Read(Path.Combine(dir, $"secrets.{split}.tsv"));
        var spans = Read(Path.Combine(dir, $"secrets.{split}.spans.tsv")).ToDictionary(r => r[0]);
        var lookalikes = Read(Path.Combine(dir, $"lookalikes.{split}.tsv"));

        var byFamily = new SortedDictionary<string, (int Caught, int Total)>(StringComparer.Ordinal);
        var formats = new HashSet<string>();
        var misses = new List<string>();
        foreach (var row in secrets)
        {
            var (id, format, family, text) = (row[0], row[1], row[2], Unescape(row[3]));
            formats.Add(format);
            var span = spans[id];
            var start = int.Parse(span[1]);
            var length = int.Parse(span[2]);
            var caught = SecretDetector.FindAll(text).Any(m => m.Start < start + length && start < m.End);
            var (c, t) = byFamily.GetValueOrDefault(family);
            byFamily[family] = (c + (caught ? 1 : 0), t + 1);
            if (!caught) misses.Add($"MISS {id} {format}: {text}");
            else if (showMisses && !SecretDetector.FindAll(text).Any(m => m.Start <= start && start + length <= m.End && m.Length <= length + 8))
            {
                var m = SecretDetector.FindAll(text).First(m => m.Start < start + length && start < m.End);
                misses.Add($"SPAN {id} {format} [{m.Rule}] found '{text.Substring(m.Start, m.Length)}' for '{span[3]}'");
            }
        }
        var byKind = new SortedDictionary<string, (int Refused, int Total)>(StringComparer.Ordinal);
        foreach (var row in lookalikes)
        {
            var (id, kind, text) = (row[0], row[1], Unescape(row[2]));
            var all = SecretDetector.FindAll(text);
            var (r, t) = byKind.GetValueOrDefault(kind);
            byKind[kind] = (r + (all.Count > 0 ? 1 : 0), t + 1);
            if (all.Count > 0) misses.Add($"FALSE ALARM {id} {kind} [{all[0].Rule}] '{text.Substring(all[0].Start, all[0].Length)}': {text}");
        }

        Console.WriteLine($"Secret detector on the {split} split of tests/corpora/secrets ({secrets.Count} secrets in {formats.Count} formats, {lookalikes.Count} look-alikes)");
        Console.WriteLine();
        Console.WriteLine($"{"family",-20} {"caught",7} {"of",4} {"rate",7}");
        foreach (var (family, (c, t)) in byFamily) Console.WriteLine($"{family,-20} {c,7} {t,4} {Percent(c, t),7}");
        var caughtAll = byFamily.Values.Sum(v => v.Caught);
        Console.WriteLine($"{"all secrets",-20} {caughtAll,7} {secrets.Count,4} {Percent(caughtAll, secrets.Count),7}");
        Console.WriteLine();
        Console.WriteLine($"{"look-alike kind",-28} {"refused",7} {"of",4} {"rate",7}");
        foreach (var (kind, (r, t)) in byKind) Console.WriteLine($"{kind,-28} {r,7} {t,4} {Percent(r, t),7}");
        var refusedAll = byKind.Values.Sum(v => v.Refused);
        Console.WriteLine($"{"all look-alikes",-28} {refusedAll,7} {lookalikes.Count,4} {Percent(refusedAll, lookalikes.Count),7}");
        if (showMisses)
        {
            Console.WriteLine();
            foreach (var m in misses) Console.WriteLine(m);
        }
        return 0;
    }

    private static string Percent(int part, int total) => total == 0 ? "-" : $"{100.0 * part / total:F1}%";

    /// <summary>The corpus keeps multi-line material on one line with a literal backslash-n, as pasted into a
    /// single-line field: it is read as it is, nothing is unescaped.</summary>
    private static string Unescape(string s) => s;

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static string FindCorpus()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "corpora", "secrets");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("tests/corpora/secrets not found above the current directory; pass --dir.");
    }

    private static List<string[]> Read(string path) =>
        File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')).ToList();
}
