using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using SpectralFit.Analysis;
using SpectralFit.Configuration;

namespace SpectralFit.Benchmarks;

/// <summary>
/// Issue C, the full systematics of the reference analysis (physics.md §7): estimator (npmts_dt1 / npmts_dt2, the
/// config's first axis, on the sample's per-estimator files) x pile-up model x metallicity =
/// 8 configurations, each assembled on its own data and profiled over 30 mu_nu points, in parallel, then combined.
/// Target &lt;= 60 s. One cold measurement (Monitoring): the operation takes tens of seconds.
/// Run: dotnet run -c Release --project benchmarks/SpectralFit.Benchmarks -- --filter '*ReferenceAnalysisSystematics*'
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1)]
public class ReferenceAnalysisSystematicsBenchmark
{
    private FitConfiguration _configuration = null!;
    private readonly SystematicsService _systematics = new();

    [GlobalSetup]
    public void Setup()
    {
        _configuration = ReferenceAnalysisSetup.Load(ReferenceAnalysisSetup.ScanOverride);
        int count = SystematicsService.Configurations(_configuration).Count;
        if (count != 8)
            throw new InvalidOperationException($"expected 8 systematics configurations, the reference config gives {count}");
    }

    /// <summary>Model building of the 8 configurations + 8 profiles of 30 points + combination: `spectralfit systematics`.</summary>
    [Benchmark]
    public double Systematics8x30() => _systematics.Run(_configuration).CombinedLimit.Limit;
}
