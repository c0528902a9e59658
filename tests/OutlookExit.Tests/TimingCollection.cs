namespace OutlookExit.Tests;

/// <summary>Tests that compare the clock on two sizes of input run alone, after the parallel tests: on a two-core
/// machine a neighbouring test class would otherwise take the core away in the middle of a round.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "Timing";
}
