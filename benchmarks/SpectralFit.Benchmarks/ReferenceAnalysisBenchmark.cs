using BenchmarkDotNet.Attributes;
using SpectralFit.Analysis;
using SpectralFit.Modeling;

namespace SpectralFit.Benchmarks;

/// <summary>
/// Issue C, the reference analysis (configs/borexino-phase2-mm.json on samples/phase2-like.nh.dat, 858 N_h bins,
/// 17 free parameters + mu_nu): one full fit (target &lt;= 0.5 s on 2 cores) and one 30-point profile in mu_nu.
/// Configuration, data, templates and likelihood are built once in the setup, as the CLI does before it fits.
/// Likelihood value and gradient: <see cref="LikelihoodBenchmark"/>; the 8 x 30 systematics:
/// <see cref="ReferenceAnalysisSystematicsBenchmark"/>.
/// Run: dotnet run -c Release --project benchmarks/SpectralFit.Benchmarks -- --filter '*ReferenceAnalysis*'
/// (`--job dry` adds a Dry job to the jobs declared here, it does not replace them: the check also runs the full jobs.)
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ReferenceAnalysisBenchmark
{
    private AssembledFit _fit = null!;
    private readonly FitService _fitter = new();
    private readonly ProfileService _profiler = new();

    [GlobalSetup]
    public void Setup() =>
        _fit = ReferenceAnalysisSetup.Assemble(ReferenceAnalysisSetup.Load(ReferenceAnalysisSetup.ScanOverride));

    /// <summary>One fit from the configured start (mu_nu free, &gt;= 0), with errors: `spectralfit fit`.</summary>
    [Benchmark]
    public double ReferenceFit() => _fitter.Fit(_fit).Deviance;

    /// <summary>Global fit + 30 warm-started scan points + limits: `spectralfit profile --set magnetic_moment:scan:points=30`.</summary>
    [Benchmark]
    public double ProfileScan30() => _profiler.Profile(_fit).UpperLimit90;
}
