using BenchmarkDotNet.Running;
using OutlookExit.Benchmarks;

// Run everything:   dotnet run -c Release --project tests/OutlookExit.Benchmarks -- --filter '*' --job short
// One class:        ... -- --filter '*ToneBenchmarks*' --job short
// Secret corpus:    ... -- --secrets-corpus [--split dev|sealed] [--misses]   (detection and false-alarm rates)
// CPU time instead: ... -- --cpu-time (add --tone for the tone rows only, --secrets for the secret detector alone)
if (args.Contains("--secrets-corpus")) return SecretCorpus.Run(args);
if (args.Contains("--cpu-time")) CpuTime.Run(toneOnly: args.Contains("--tone"), secretsOnly: args.Contains("--secrets"));
else BenchmarkSwitcher.FromAssembly(typeof(Setup).Assembly).Run(args, Setup.Config);
return 0;
