using DetectorResponse.PileUp;
using DetectorResponse.Simulation;
using DetectorResponse.Tests.Simulation;
using SolarFlux.Common;

namespace DetectorResponse.Tests.PileUp;

public class SyntheticPileUpTests
{
    private static readonly SimulationComponent[] Singles =
    [
        new("lowbeta", 3000, new EventSpectrum(TestDetector.BetaLike(0.156), t => t)),
        new("alpha", 25, EventSpectrum.Line(5.3, t => t / 13)),
    ];

    private static readonly EventSpectrum RandomTrigger = new(TestDetector.BetaLike(0.156), t => t);

    [Test]
    public void ObservableTemplate_WideBinning_HoldsThePileUpRate()
    {
        // every overlaid event lands in 0..2000: the template's total is the pile-up rate
        var binning = new Dictionary<string, double[]> { ["nh"] = TestDetector.IntegerBins(-50, 2000), ["npmts"] = TestDetector.IntegerBins(-50, 2000) };
        var template = SyntheticPileUp.ObservableTemplate(TestDetector.Create(), Singles, RandomTrigger, 137.5, binning, 20_000, 5);
        Assert.That(template.Select(t => t.Estimator), Is.EqualTo(new[] { "nh", "npmts" }));
        Assert.That(template[0].TotalCounts, Is.EqualTo(137.5).Within(1e-9));
        Assert.That(template[1].TotalCounts, Is.EqualTo(137.5).Within(1e-9));
    }

    [Test]
    public void ObservableTemplate_NpmtsOfOverlaidLightIsSaturated()
    {
        // npmts of the overlaid light follows the saturating mean, below the linear 500 pe/MeV that nh (390/MeV) scales to
        var binning = new Dictionary<string, double[]> { ["nh"] = TestDetector.IntegerBins(0, 2000), ["npmts"] = TestDetector.IntegerBins(0, 2000) };
        var template = SyntheticPileUp.ObservableTemplate(TestDetector.Create(), Singles, RandomTrigger, 1, binning, 20_000, 6);
        double Mean(DetectorResponse.Data.BinnedDataset d)
        {
            double s = 0;
            for (int i = 0; i < d.Count; i++) s += d.Counts[i] * 0.5 * (d.Low(i) + d.High(i));
            return s / d.TotalCounts;
        }
        // alpha (0.408 MeV) + beta: npmts of the sum, 1700 (1 - exp(-500 E / 1700)), is below 500 E
        Assert.That(Mean(template[1]), Is.LessThan(500.0 / 390 * Mean(template[0])));
    }

    [Test]
    public void VisibleSpectrum_SameSeedSameResult_BadCountIsUserError()
    {
        double[] edges = [.. Enumerable.Range(0, 101).Select(i => i * 0.01)];
        var a = SyntheticPileUp.VisibleSpectrum(Singles, RandomTrigger, 10, edges, 5000, 9);
        var b = SyntheticPileUp.VisibleSpectrum(Singles, RandomTrigger, 10, edges, 5000, 9);
        Assert.That(a.Contents.ToArray(), Is.EqualTo(b.Contents.ToArray()));
        Assert.Throws<UserInputException>(() => SyntheticPileUp.VisibleSpectrum(Singles, RandomTrigger, 10, edges, 0, 9));
    }
}
