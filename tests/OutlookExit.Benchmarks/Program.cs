using BenchmarkDotNet.Running;
using OutlookExit.Benchmarks;

// Run everything:   dotnet run -c Release --project tests/OutlookExit.Benchmarks -- --filter '*' --job short
// One class:        ... -- --filter '*ToneBenchmarks*' --job short
// CPU time instead: ... -- --cpu-time (add --tone for the tone rows only, --secrets for the secret detector alone,
//                   --steps for the steps of one draft request: JSON in, validation, …, JSON out,
//                   --http for the server's request path in process: GET /healthz and POST /api/drafts through the
//                   real app and middleware, then without each middleware; --http-only all,-ratelimit picks rows)
// Tone corpus:      ... -- --tone-corpus validation12 (or dev, validation, validation2 … validation11, a sealed set when one is added; --misses lists the rows it gets wrong, not for a sealed set)
// Tone model:       ... -- --tone-model-cv [sets] [--eval <set> | --hold-out validation6,validation7,validation8] / --train-tone-model [sets]   (default: dev … validation12); --hold-out … --soft-sweep 3,4,5 [--soft-each] [--soft-gates a,b] (the second threshold); --tone-model-soft-scores <file> (lang<TAB>text lines)
// Secret corpus:    ... -- --secrets-corpus [--split dev|sealed] [--misses]   (detection and false-alarm rates)
// Client asks:      ... -- --client-asks [dev|sealed|<set>] [--dir <folder>] [--rows [--trace]]   (precision/recall on asks-<lang>.<set>.jsonl; rows: not for sealed sets)
// Client-ask model: ... -- --train-client-asks-model [--sets dev,…,validation5] [--target 0.90] [--eval <set>]   (see ClientAsksModelTrain; the shipped weights: the command in the detector README)
//                   --client-asks <set> --rules-only scores the rules without the statistical layer
// Detector speed:   ... -- --filter '*ClientAsksBenchmarks*' --job short
if (args.Contains("--train-tone-model") || args.Contains("--tone-model-cv") || args.Contains("--tone-model-try") || args.Contains("--tone-model-soft-scores")) return ToneModelTrain.Run(args);
if (args.Contains("--tone-corpus")) return ToneCorpus.Run(args);
if (args.Contains("--secrets-corpus")) return SecretCorpus.Run(args);
if (args.Contains("--train-client-asks-model")) return ClientAsksModelTrain.Run(args);
if (args.Contains("--client-asks") && args.Contains("--rules-only"))
{
    using (OutlookExit.Core.Review.ClientAsks.ClientAskModel.RulesOnlyScope()) return ClientAsksScore.Run(args);
}
if (args.Contains("--client-asks")) return ClientAsksScore.Run(args);
if (args.Contains("--cpu-time") && args.Contains("--http"))
{
    var only = Array.IndexOf(args, "--http-only") is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    if (Array.IndexOf(args, "--http-loop") is var j and >= 0 && j + 1 < args.Length) HttpCpuTime.LoopSeconds = int.Parse(args[j + 1]);
    HttpCpuTime.Run(only);
}
else if (args.Contains("--cpu-time")) CpuTime.Run(toneOnly: args.Contains("--tone"), secretsOnly: args.Contains("--secrets"), stepsOnly: args.Contains("--steps"));
else BenchmarkSwitcher.FromAssembly(typeof(Setup).Assembly).Run(args, Setup.Config);
return 0;
