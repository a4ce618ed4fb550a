using DetectorResponse.Backgrounds;
using DetectorResponse.Estimators;
using DetectorResponse.Folding;
using DetectorResponse.Simulation;
using DetectorResponse.Spectra;
using MathNet.Numerics.Distributions;

namespace DetectorResponse.Tests.Simulation;

/// <summary>
/// Acceptance test of the Monte Carlo detector: for each component, the event-by-event Monte Carlo with the
/// same response parameters and the analytic folding (DetectorResponse.Folding.SpectrumFolder) describe the same
/// detector: chi-square of >= 1e6 simulated events against the folded expectation, p > 0.01. With Poisson event
/// statistics too: above ~60 hits the Poisson + excess spread is Gaussian enough for 1e6 events.
/// </summary>
public class MonteCarloVersusFoldingTests
{
    private const double Events = 1_000_000;

    private static readonly ResponseParameters Response = new() { Kb = 0.0112, LightYield = 592, CherenkovFraction = 0.025 };

    [TestCase(EnergyEstimator.Nh, "Bi210", EventStatistics.Poisson)]
    [TestCase(EnergyEstimator.NpmtsDt1, "Bi210", EventStatistics.Poisson)]
    [TestCase(EnergyEstimator.Nh, "Kr85", EventStatistics.Gaussian)]
    [TestCase(EnergyEstimator.NpmtsDt2, "C11", EventStatistics.Poisson)]
    public void Simulate_SameDetector_AgreesWithAnalyticFolding(EnergyEstimator estimator, string isotope, EventStatistics statistics)
    {
        var beta = isotope switch
        {
            "Bi210" => BackgroundBetaSpectra.Bismuth210(),
            "Kr85" => BackgroundBetaSpectra.Krypton85(),
            _ => BackgroundBetaSpectra.Carbon11(),
        };
        bool positron = isotope == "C11";
        var edges = Enumerable.Range(0, 301).Select(i => beta.QValue * i / 300).ToArray();
        EnergyHistogram spectrum = beta.ToHistogram(edges);
        var binning = ObservableBinning.Integers(60, 1200);

        // analytic: B1's folding
        FoldingComponent component = positron ? new PositronSpectrumComponent(isotope, spectrum) : new ElectronSpectrumComponent(isotope, spectrum);
        var folder = SpectrumFolder.Create(Response.Kb, estimator, binning, [component]);
        var folded = new double[binning.Count];
        folder.Fold(new FoldingParameters { Response = Response }, folded);

        // Monte Carlo: same detector parameters; Poisson counting or the Gaussian kernel of the folding
        var light = new VisibleLight(Response.Kb, Response.CherenkovFraction, 13);
        var events = new EventSpectrum(spectrum, positron ? light.Positron : light.Electron, positron ? light.AnnihilationLight() : 0);
        var mc = new DetectorMonteCarlo([SimulatedEstimator.FromResponse(new EstimatorResponse(estimator, Response), statistics)]);
        string name = EnergyEstimatorNames.Name(estimator);
        var result = mc.Simulate(new SimulationRequest([new SimulationComponent(isotope, Events, events)], null, 1, 4242,
            new Dictionary<string, double[]> { [name] = binning.Edges.ToArray() }, SkipSigmas: 1e9));
        long simulated = result.Components[0].SimulatedEvents;
        var counts = result.Datasets[0].Counts;

        // chi-square over bins with >= 20 expected events (the rest merged into one bin)
        double chi2 = 0, restExpected = 0, restObserved = 0;
        int dof = 0;
        double norm = simulated / spectrum.Total;
        for (int j = 0; j < binning.Count; j++)
        {
            double expected = norm * folded[j];
            if (expected < 20)
            {
                restExpected += expected;
                restObserved += counts[j];
                continue;
            }
            chi2 += (counts[j] - expected) * (counts[j] - expected) / expected;
            dof++;
        }
        if (restExpected > 0)
        {
            chi2 += (restObserved - restExpected) * (restObserved - restExpected) / restExpected;
            dof++;
        }
        Assert.That(simulated, Is.GreaterThanOrEqualTo(990_000));
        Assert.That(dof, Is.GreaterThan(100));
        double p = 1 - ChiSquared.CDF(dof, chi2);
        TestContext.Out.WriteLine($"{isotope} {name}: chi2 {chi2:F1} / {dof} bins, p = {p:F3}");
        Assert.That(p, Is.GreaterThan(0.01), $"chi2 {chi2:F1} for {dof} bins");
    }
}
