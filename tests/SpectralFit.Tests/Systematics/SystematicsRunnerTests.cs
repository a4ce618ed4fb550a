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
    public void Run_GlobalFitFailingFromItsStart_IsRestartedFromAConfigurationOnTheSameData()
    {
        // B starts where its likelihood is not finite (b1 = 10 in a broken region b1 < 1000): no fit from there.
        // On the same data as A, its global fit restarts from A's minimum and then agrees with a good start.
        var model = ProfileLikelihoodTests.SignalPlusBackground();
        var data = PseudoData.Poisson(model, [20.0, 5000, 3000], 7);
        SystematicConfiguration[] configurations =
        [
            new("A", 1, () => CompositeLikelihood.ForModel(model, data), "d"),
            new("B", 1, () => ZeroStart(model, data), "d"),
        ];
        Assert.That(new SpectralFit.Minimization.VariableMetricMinimizer().Minimize(ZeroStart(model, data)).IsValid,
            Is.False, "the zero start alone must fail");

        var result = new SystematicsRunner { MaxDegreeOfParallelism = 2 }.Run(configurations, "s", ScanGrid.Linear(0, 400, 5));
        Assert.That(result.Warnings, Is.Empty);
        Assert.That(result.Configurations[1].Profile.Deviances, Is.EqualTo(result.Configurations[0].Profile.Deviances).Within(1e-3));
        Assert.That(result.Weights, Is.EqualTo(new[] { 0.5, 0.5 }).Within(1e-3));
    }

    [Test]
    public void Run_GlobalFitsThatCannotConverge_AreNamedInTheWarnings()
    {
        // A call budget of 15 stops both global fits before convergence (they need more from the default start):
        // no configuration has a valid global fit to restart from.
        var minimizer = new SpectralFit.Minimization.VariableMetricMinimizer(new SpectralFit.Minimization.MinimizerOptions { MaxCalls = 15 });
        var result = new SystematicsRunner(new ProfileLikelihood(minimizer)) { MaxDegreeOfParallelism = 2 }
            .Run(Configurations(), "s", ScanGrid.Linear(0, 400, 5));
        Assert.That(result.Warnings, Has.Count.EqualTo(2));
        Assert.That(result.Warnings[0], Does.StartWith("configuration 'A': the global fit did not converge (call limit reached"));
        Assert.That(result.Warnings[1], Does.StartWith("configuration 'B': the global fit did not converge").And.EndWith("unreliable"));
    }

    [Test]
    public void Run_NegativeScanRange_ThrowsUserError()
    {
        Assert.Throws<SolarFlux.Common.UserInputException>(() =>
            new SystematicsRunner { MaxDegreeOfParallelism = 2 }.Run(Configurations(), "s", [-10.0, 0, 10]));
    }

    /// <summary>
    /// The model's likelihood made non-finite where b1 &lt; 1000 (a region where a model breaks down), started
    /// there (b1 = 10): its own fit cannot start; the minimum (b1 ~ 5000) is unchanged.
    /// </summary>
    private static CompositeLikelihood ZeroStart(SpectralFit.Models.ISpectralModel model, IReadOnlyList<double> data)
    {
        var likelihood = CompositeLikelihood.ForModel(model, data);
        var start = likelihood.Parameters.WithValue("b1", 10);
        return new CompositeLikelihood(start, [new BrokenBelow(likelihood, start.IndexOf("b1"), 1000)]);
    }

    private sealed class BrokenBelow(ILikelihoodTerm inner, int index, double threshold) : ILikelihoodTerm
    {
        public string Name => inner.Name;

        public double Value(ReadOnlySpan<double> p) => p[index] < threshold ? double.NaN : inner.Value(p);

        public double ValueAndGradient(ReadOnlySpan<double> p, Span<double> gradient)
        {
            if (p[index] >= threshold)
                return inner.ValueAndGradient(p, gradient);
            gradient.Fill(double.NaN);
            return double.NaN;
        }
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
