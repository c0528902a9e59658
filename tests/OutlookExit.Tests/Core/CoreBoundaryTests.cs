using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace OutlookExit.Tests.Core;

/// <summary>The core (api/Core) is pure and one-way: no web, logging, configuration or clock inside, and its
/// namespaces depend on each other without cycles. Read from the source, so a new file is checked as soon as it exists.</summary>
public partial class CoreBoundaryTests
{
    private static string CoreDir([CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", "..", "api", "Core"));

    private sealed record SourceFile(string RelativePath, string Namespace, string Code, IReadOnlyList<string> Usings);

    private static readonly IReadOnlyList<SourceFile> Files = Load();

    private static List<SourceFile> Load()
    {
        var root = CoreDir();
        var files = new List<SourceFile>();
        foreach (var path in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(path);
            var code = Comments().Replace(text, "");
            var ns = NamespaceLine().Match(code) is { Success: true } m ? m.Groups[1].Value : "";
            var usings = UsingLine().Matches(code).Select(u => u.Groups[1].Value).ToList();
            files.Add(new SourceFile(Path.GetRelativePath(root, path).Replace('\\', '/'), ns, code, usings));
        }
        return files;
    }

    public static TheoryData<string> CoreFiles() => [.. Files.Select(f => f.RelativePath)];

    // The web SDK's implicit usings bring ASP.NET Core, logging and configuration into every file, so names are
    // checked as well as using lines.
    private static readonly string[] Forbidden =
    [
        "Microsoft.AspNetCore", "Microsoft.Extensions.Logging", "Microsoft.Extensions.Configuration", "Microsoft.Extensions.Options",
        "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Hosting",
        "OutlookExit.Features", "OutlookExit.Hosting",
        "HttpContext", "HttpRequest", "HttpResponse", "IResult", "TypedResults", "Results", "ILogger", "ILoggerFactory",
        "IConfiguration", "IOptions", "IServiceCollection", "IServiceProvider", "WebApplication", "TimeProvider",
        "DateTime.Now", "DateTime.UtcNow", "DateTime.Today", "DateTimeOffset.Now", "DateTimeOffset.UtcNow", "Environment.GetEnvironmentVariable",
    ];

    [Theory]
    [MemberData(nameof(CoreFiles))]
    public void ACoreFileUsesNoWebLoggingConfigurationOrClock(string file)
    {
        var source = Files.Single(f => f.RelativePath == file);
        Assert.NotEqual("", source.Namespace);
        Assert.StartsWith("OutlookExit.Core", source.Namespace);
        var found = Forbidden.Where(name => Regex.IsMatch(source.Code, $@"(?<![\w.]){Regex.Escape(name)}(?![\w])")).ToList();
        Assert.True(found.Count == 0, $"{file} uses {string.Join(", ", found)}");
    }

    [Fact]
    public void TheCoreIsReadFromItsFolders()
    {
        var namespaces = Files.Select(f => f.Namespace).Distinct().ToList();
        foreach (var expected in new[] { "OutlookExit.Core", "OutlookExit.Core.Contracts", "OutlookExit.Core.Validation",
                     "OutlookExit.Core.Composition", "OutlookExit.Core.Letters", "OutlookExit.Core.Rendering",
                     "OutlookExit.Core.Review", "OutlookExit.Core.Review.Tone", "OutlookExit.Core.Review.Secrets", "OutlookExit.Core.Czech" })
            Assert.Contains(expected, namespaces);
        // Namespaces follow folders.
        foreach (var f in Files)
        {
            var folder = Path.GetDirectoryName(f.RelativePath)!.Replace('/', '.').Replace('\\', '.');
            Assert.Equal(folder.Length == 0 ? "OutlookExit.Core" : "OutlookExit.Core." + folder, f.Namespace);
        }
    }

    /// <summary>Namespace → the core namespaces its files use: through using lines, qualified names, and
    /// (for the enclosing namespaces, visible without a using) the names of the types declared there.</summary>
    private static Dictionary<string, HashSet<string>> Dependencies()
    {
        var namespaces = Files.Select(f => f.Namespace).ToHashSet();
        var typesOf = namespaces.ToDictionary(n => n, n => Files.Where(f => f.Namespace == n)
            .SelectMany(f => TypeDeclaration().Matches(f.Code).Select(m => m.Groups[1].Value)).ToHashSet());
        var graph = namespaces.ToDictionary(n => n, _ => new HashSet<string>());
        foreach (var f in Files)
        {
            foreach (var u in f.Usings.Where(namespaces.Contains)) graph[f.Namespace].Add(u);
            foreach (Match q in QualifiedName().Matches(f.Code))
            {
                var parts = q.Value.Split('.');
                for (var n = parts.Length; n >= 2; n--)
                    if (string.Join('.', parts[..n]) is var candidate && namespaces.Contains(candidate)) { graph[f.Namespace].Add(candidate); break; }
            }
            foreach (var enclosing in namespaces.Where(n => f.Namespace.StartsWith(n + ".", StringComparison.Ordinal)))
                if (typesOf[enclosing].Any(t => Regex.IsMatch(f.Code, $@"(?<![\w.]){t}\b"))) graph[f.Namespace].Add(enclosing);
            graph[f.Namespace].Remove(f.Namespace);
        }
        return graph;
    }

    [Fact]
    public void TheCoreNamespacesHaveNoCycles()
    {
        var graph = Dependencies();
        var state = new Dictionary<string, int>();
        var path = new List<string>();

        void Visit(string n)
        {
            state[n] = 1;
            path.Add(n);
            foreach (var next in graph[n].Order(StringComparer.Ordinal))
            {
                if (state.GetValueOrDefault(next) == 1)
                    Assert.Fail("Namespace cycle: " + string.Join(" → ", path.SkipWhile(p => p != next).Append(next)));
                if (state.GetValueOrDefault(next) == 0) Visit(next);
            }
            path.RemoveAt(path.Count - 1);
            state[n] = 2;
        }

        foreach (var n in graph.Keys.Order(StringComparer.Ordinal))
            if (state.GetValueOrDefault(n) == 0) Visit(n);
        Assert.Equal(graph.Count, state.Count);
    }

    [Theory]
    [InlineData("OutlookExit.Core.Rendering", "OutlookExit.Core.Composition")]
    [InlineData("OutlookExit.Core.Rendering", "OutlookExit.Core.Validation")]
    [InlineData("OutlookExit.Core.Rendering", "OutlookExit.Core")]
    [InlineData("OutlookExit.Core.Letters", "OutlookExit.Core.Composition")]
    [InlineData("OutlookExit.Core.Validation", "OutlookExit.Core.Review.Secrets")]
    [InlineData("OutlookExit.Core.Composition", "OutlookExit.Core.Validation")]
    [InlineData("OutlookExit.Core.Composition", "OutlookExit.Core.Review")]
    [InlineData("OutlookExit.Core.Review.Tone", "OutlookExit.Core.Composition")]
    [InlineData("OutlookExit.Core.Review.Secrets", "OutlookExit.Core.Review.Tone")]
    public void AStepDoesNotReachBackOrSideways(string from, string to)
    {
        var graph = Dependencies();
        Assert.True(graph.ContainsKey(from), $"no namespace {from}");
        Assert.DoesNotContain(to, graph[from]);
    }

    [Fact]
    public void RenderingReadsOnlyTheLetterModel()
    {
        Assert.Equal(["OutlookExit.Core.Letters"], Dependencies()["OutlookExit.Core.Rendering"].Order());
    }

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/|""(?:[^""\\\n]|\\.)*""", RegexOptions.Singleline)]
    private static partial Regex Comments();

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();

    [GeneratedRegex(@"^using\s+(?:static\s+)?([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex UsingLine();

    [GeneratedRegex(@"\bOutlookExit(?:\.\w+)+")]
    private static partial Regex QualifiedName();

    [GeneratedRegex(@"\b(?:class|record|struct|enum|interface)\s+(?:struct\s+|class\s+)?([A-Z]\w*)")]
    private static partial Regex TypeDeclaration();
}
