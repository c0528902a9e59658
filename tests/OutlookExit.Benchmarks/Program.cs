using BenchmarkDotNet.Running;
using OutlookExit.Benchmarks;

// Run everything:   dotnet run -c Release --project tests/OutlookExit.Benchmarks -- --filter '*' --job short
// One class:        ... -- --filter '*ToneBenchmarks*' --job short
// CPU time instead: ... -- --cpu-time (add --tone for the tone rows only)
// Tone corpus:      ... -- --tone-corpus sealed (or dev; --misses lists the dev rows it gets wrong)
if (args.Contains("--tone-corpus")) return ToneCorpus.Run(args);
if (args.Contains("--cpu-time")) CpuTime.Run(toneOnly: args.Contains("--tone"));
else BenchmarkSwitcher.FromAssembly(typeof(Setup).Assembly).Run(args, Setup.Config);
return 0;
