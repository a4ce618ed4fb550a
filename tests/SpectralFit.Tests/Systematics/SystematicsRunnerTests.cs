using SpectralFit.Likelihood;
using SpectralFit.Profiles;
using SpectralFit.Systematics;
using SpectralFit.Tests.Profiles;
using SpectralFit.Toys;

namespace SpectralFit.Tests.Systematics;

public class SystematicsRunnerTests
{
    private static SystematicConfiguration[] Configurations()
    {
        var model = ProfileLikelihoodTests.SignalPlusBackground();
        var data1 = PseudoData.Poisson(model, [20.0, 5000, 3000], 7);
        var data2 = PseudoData.Poisson(model, [0.0, 5000, 3000], 8);
        return
        [
            new SystematicConfiguration("A", 1, () => CompositeLikelihood.ForModel(model, data1)),
            new SystematicConfiguration("B", 2, () => CompositeLikelihood.ForModel(model, data2)),
        ];
    }

    [Test]
    public void Run_ParallelSegments_MatchSequentialScansAndReportEveryFit()
    {
        var grid = ScanGrid.Linear(0, 400, 21);
        var reports = new List<SystematicsProgress>();
        var progress = new SynchronousProgress(reports);
        var parallel = new SystematicsRunner { MaxDegreeOfParallelism = 2, SegmentsPerConfiguration = 3 }
            .Run(Configurations(), "s", grid, progress: progress);

        var profiler = new ProfileLikelihood();
        var sequential = SystematicsCombination.Combine(Configurations()
            .Select(c => new ConfigurationProfile(c.Name, c.Prior, profiler.Scan(c.BuildLikelihood(), "s", grid))).ToArray());

        for (int c = 0; c < 2; c++)
            for (int i = 0; i < grid.Length; i++)
                Assert.That(parallel.Configurations[c].Profile.Deviances[i],
                    Is.EqualTo(sequential.Configurations[c].Profile.Deviances[i]).Within(1e-3), $"config {c}, point {i}");
        Assert.That(parallel.CombinedLimit.Limit, Is.EqualTo(sequential.CombinedLimit.Limit).Within(1e-3 * sequential.CombinedLimit.Limit));
        lock (reports)
        {
            Assert.That(reports, Has.Count.EqualTo(2 * (grid.Length + 1)));
            Assert.That(reports.Max(r => r.CompletedFits), Is.EqualTo(2 * (grid.Length + 1)));
        }
    }

    [Test]
    public void Run_NegativeScanRange_ThrowsUserError()
    {
        Assert.Throws<SolarFlux.Common.UserInputException>(() =>
            new SystematicsRunner { MaxDegreeOfParallelism = 2 }.Run(Configurations(), "s", [-10.0, 0, 10]));
    }

    private sealed class SynchronousProgress(List<SystematicsProgress> sink) : IProgress<SystematicsProgress>
    {
        public void Report(SystematicsProgress value)
        {
            lock (sink)
                sink.Add(value);
        }
    }
}
