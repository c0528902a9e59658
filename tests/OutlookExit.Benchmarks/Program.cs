using BenchmarkDotNet.Running;
using OutlookExit.Benchmarks;

// Run everything:   dotnet run -c Release --project tests/OutlookExit.Benchmarks -- --filter '*' --job short
// One class:        ... -- --filter '*ToneBenchmarks*' --job short
// CPU time instead: ... -- --cpu-time (add --tone for the tone rows only)
// Client asks:      ... -- --client-asks [dev|sealed] [--rows [--trace]]   (precision/recall on tests/corpora/client-asks; rows: dev only)
// Detector speed:   ... -- --filter '*ClientAsksBenchmarks*' --job short
if (args.Contains("--client-asks")) return ClientAsksScore.Run(args);
if (args.Contains("--cpu-time")) CpuTime.Run(toneOnly: args.Contains("--tone"));
else BenchmarkSwitcher.FromAssembly(typeof(Setup).Assembly).Run(args, Setup.Config);
return 0;
