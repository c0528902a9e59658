using System.Globalization;
using OutlookExit.Core.Review.Tone;

namespace OutlookExit.Benchmarks;

/// <summary>Measures the tone checker on the labelled corpus in <c>tests/corpora/tone</c>: a `flag` row counts as
/// detected when the checker reports at least one finding, an `ok` row as a false alarm when it reports any.
/// Prints aggregate figures only (per language and category). Any set <c>tone-{en,cs}.&lt;set&gt;.tsv</c> can be measured
/// (dev, validation, validation2 … validation12, a sealed set when one is added); rows can be listed with <c>--misses</c> for every set
/// but a sealed one (any name starting with <c>sealed</c>), which is measured, never listed.
/// Run: dotnet run -c Release --project tests/OutlookExit.Benchmarks -- --tone-corpus validation11</summary>
public static class ToneCorpus
{
    public sealed record Row(string Id, string Label, string Category, string Severity, string Text);

    public static int Run(string[] args)
    {
        var at = Array.IndexOf(args, "--tone-corpus");
        var half = at + 1 < args.Length && !args[at + 1].StartsWith("--", StringComparison.Ordinal) ? args[at + 1] : "dev";
        if (half.Length == 0 || !half.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            Console.Error.WriteLine("usage: --tone-corpus <set> [--misses]   (set: dev, validation, validation2 … validation12, or a sealed set)");
            return 2;
        }
        var listMisses = args.Contains("--misses");
        if (listMisses && half.StartsWith("sealed", StringComparison.Ordinal)) { Console.Error.WriteLine("--misses does not list rows of a sealed set."); return 2; }
        var dir = FindCorpus();
        foreach (var language in new[] { "en", "cs" })
        {
            var path = Path.Combine(dir, $"tone-{language}.{half}.tsv");
            if (!File.Exists(path)) { Console.Error.WriteLine($"no set '{half}' for {language}: tone-{language}.{half}.tsv is missing."); return 2; }
            var rows = Read(path);
            Report(language, half, rows, listMisses);
        }
        return 0;
    }

    public static string FindCorpus()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            var candidate = Path.Combine(d.FullName, "tests", "corpora", "tone");
            if (Directory.Exists(candidate)) return candidate;
        }
        for (var d = new DirectoryInfo(Directory.GetCurrentDirectory()); d is not null; d = d.Parent)
        {
            var candidate = Path.Combine(d.FullName, "tests", "corpora", "tone");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("tests/corpora/tone not found above the working directory.");
    }

    public static IReadOnlyList<Row> Read(string path)
    {
        var rows = new List<Row>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            if (line.Length == 0) continue;
            var c = line.Split('\t');
            if (c.Length != 5) throw new FormatException($"{Path.GetFileName(path)}: expected 5 columns in '{c[0]}'.");
            rows.Add(new Row(c[0], c[1], c[2], c[3], c[4]));
        }
        return rows;
    }

    private static void Report(string language, string half, IReadOnlyList<Row> rows, bool listMisses)
    {
        int tp = 0, fn = 0, fp = 0, tn = 0, sameCategory = 0, sameSeverity = 0;
        var perCategory = new SortedDictionary<string, (int Rows, int Hits, int Same)>(StringComparer.Ordinal);
        var flaggedBy = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var okKinds = new SortedDictionary<string, (int Rows, int Alarms)>(StringComparer.Ordinal);
        var misses = new List<string>();
        foreach (var row in rows)
        {
            var findings = ToneChecker.Check(row.Text, language, "personalNote");
            var category = row.Category == "waffle" ? $"waffle/{row.Severity}" : row.Category;
            if (row.Label == "flag")
            {
                var hit = findings.Count > 0;
                var same = findings.Any(f => f.Category == row.Category);
                var pc = perCategory.GetValueOrDefault(category);
                perCategory[category] = (pc.Rows + 1, pc.Hits + (hit ? 1 : 0), pc.Same + (same ? 1 : 0));
                if (hit) tp++; else fn++;
                if (same) sameCategory++;
                if (same && findings.Any(f => f.Category == row.Category && f.Severity.ToString().Equals(row.Severity, StringComparison.OrdinalIgnoreCase))) sameSeverity++;
                if (listMisses && !same)
                    misses.Add($"MISS {row.Id} {category,-18} got [{string.Join(",", findings.Select(f => f.RuleId))}] {row.Text}");
            }
            else
            {
                var alarm = findings.Count > 0;
                var ok = okKinds.GetValueOrDefault(row.Category);
                okKinds[row.Category] = (ok.Rows + 1, ok.Alarms + (alarm ? 1 : 0));
                if (alarm)
                {
                    fp++;
                    foreach (var f in findings) flaggedBy[f.Category] = flaggedBy.GetValueOrDefault(f.Category) + 1;
                    if (listMisses) misses.Add($"ALARM {row.Id} {row.Category,-14} [{string.Join(",", findings.Select(f => $"{f.RuleId}:'{f.Excerpt}'"))}] {row.Text}");
                }
                else tn++;
            }
        }
        var inv = CultureInfo.InvariantCulture;
        string R(int a, int b) => b == 0 ? "-" : ((double)a / b).ToString("F3", inv);
        Console.WriteLine($"## tone corpus, {language}, {half} set: {rows.Count} rows ({tp + fn} flag, {fp + tn} ok)");
        Console.WriteLine($"recall {R(tp, tp + fn)} ({tp}/{tp + fn}); precision {R(tp, tp + fp)}; false alarms on ok rows {R(fp, fp + tn)} ({fp}/{fp + tn}); " +
                          $"same category {R(sameCategory, tp + fn)}; same category and severity {R(sameSeverity, tp + fn)}");
        Console.WriteLine($"{"flag category",-22} {"rows",5} {"recall",7} {"same cat.",9}");
        foreach (var (category, v) in perCategory)
            Console.WriteLine($"{category,-22} {v.Rows,5} {R(v.Hits, v.Rows),7} {R(v.Same, v.Rows),9}");
        Console.WriteLine($"{"ok kind",-22} {"rows",5} {"alarms",7}");
        foreach (var (kind, v) in okKinds)
            Console.WriteLine($"{kind,-22} {v.Rows,5} {v.Alarms,7}");
        // Precision per category: of the flag rows labelled c, how many the checker tagged c; of all rows the
        // checker tagged c, how many were labelled c.
        Console.WriteLine($"{"reported category",-22} {"tagged",6} {"precision",9} {"on ok rows",10}");
        foreach (var c in rows.SelectMany(r => ToneChecker.Check(r.Text, language).Select(f => f.Category)).Distinct().Order(StringComparer.Ordinal))
        {
            var tagged = rows.Where(r => ToneChecker.Check(r.Text, language).Any(f => f.Category == c)).ToList();
            var correct = tagged.Count(r => r.Label == "flag" && r.Category == c);
            var anyFlag = tagged.Count(r => r.Label == "flag");
            Console.WriteLine($"{c,-22} {tagged.Count,6} {R(correct, tagged.Count),9} {tagged.Count - anyFlag,10}");
        }
        foreach (var m in misses) Console.WriteLine(m);
        Console.WriteLine();
    }
}
