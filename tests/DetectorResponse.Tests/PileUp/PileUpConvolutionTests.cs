using DetectorResponse.PileUp;
using DetectorResponse.Simulation;
using DetectorResponse.Spectra;
using DetectorResponse.Tests.Simulation;
using SolarFlux.Common;

namespace DetectorResponse.Tests.PileUp;

public class PileUpConvolutionTests
{
    private static EnergyHistogram Uniform(double origin, double width, params double[] contents) =>
        new(Enumerable.Range(0, contents.Length + 1).Select(i => origin + i * width).ToArray(), contents, "h");

    [Test]
    public void Convolve_ConservesThePileUpRate()
    {
        var s = Uniform(0.1, 0.01, 1, 4, 2, 0, 7, 3);
        var c = Uniform(0.0, 0.01, 5, 3, 1);
        var p = PileUpConvolution.Convolve(s, c, 137.5);
        Assert.That(p.Total, Is.EqualTo(137.5).Within(1e-10));
        Assert.That(p.Count, Is.EqualTo(9));
        Assert.That(p.Low(0), Is.EqualTo(0.1).Within(1e-12));
    }

    [Test]
    public void Convolve_MeanIsSumOfMeans()
    {
        var s = Uniform(0.2, 0.005, [.. Enumerable.Range(0, 50).Select(i => Math.Sin(i * 0.1) + 1.5)]);
        var c = Uniform(0.0, 0.005, [.. Enumerable.Range(0, 30).Select(i => (double)i * (30 - i))]);
        var p = PileUpConvolution.Convolve(s, c, 1);
        static double Mean(EnergyHistogram h)
        {
            double m = 0;
            for (int i = 0; i < h.Count; i++) m += h.Contents[i] * 0.5 * (h.Low(i) + h.High(i));
            return m / h.Total;
        }
        Assert.That(Mean(p), Is.EqualTo(Mean(s) + Mean(c)).Within(1e-12));
    }

    [Test]
    public void Convolve_TwoSingleBins_GiveHalfInEachOfTwoBins()
    {
        var p = PileUpConvolution.Convolve(Uniform(1, 0.5, 2), Uniform(0, 0.5, 3), 10);
        Assert.That(p.Edges.ToArray(), Is.EqualTo(new[] { 1.0, 1.5, 2.0 }));
        Assert.That(p.Contents.ToArray(), Is.EqualTo(new[] { 5.0, 5.0 }));
    }

    [Test]
    public void Convolve_TriggerThreshold_CountsOnlyPileUpsWhoseSingleEventTriggers()
    {
        // Singles in bins 0..3 (1, 4, 2, 3), threshold at bin 2: only bins 2 and 3 (weights 2:3) pile up, and
        // the rate is shared among them alone (Borexino's definition: overlay on triggered events).
        double[] single = [1, 4, 2, 3], trigger = [1, 1];
        var output = new double[6];
        PileUpConvolution.Convolve(single, trigger, 10, output, 2);
        // single bin 2 (share 0.4 of the rate) with each trigger bin (0.5 each): 0.4 x 10 x 0.5 / 2 per output bin.
        Assert.That(output, Is.EqualTo(new[] { 0, 0, 1.0, 3.5, 4.0, 1.5 }).Within(1e-12));

        var all = new double[6];
        PileUpConvolution.Convolve(single, trigger, 10, all, 0);
        var plain = new double[6];
        PileUpConvolution.Convolve(single, trigger, 10, plain);
        Assert.That(all, Is.EqualTo(plain));
        Assert.That(all.Sum(), Is.EqualTo(10).Within(1e-12));
        Assert.That(all[0], Is.GreaterThan(0));
    }

    [Test]
    public void Convolve_AgreesWithSyntheticOverlay()
    {
        // in visible energy the two pile-up models coincide: the overlay MC must reproduce the convolution
        var single = TestDetector.BetaLike(0.5, 100); // bin width 0.005 MeV
        var shape = TestDetector.BetaLike(0.155, 31);  // bin width 0.005 MeV
        var analytic = PileUpConvolution.Convolve(single, shape, 100);
        var synthetic = SyntheticPileUp.VisibleSpectrum(
            [new SimulationComponent("beta", 1, new EventSpectrum(single, t => t))],
            new EventSpectrum(shape, t => t), 100, analytic.Edges.ToArray(), 400_000, 77);
        double chi2 = 0;
        int dof = 0;
        const double perEvent = 100.0 / 400_000;
        for (int k = 0; k < analytic.Count; k++)
        {
            double expected = analytic.Contents[k] / perEvent;
            if (expected < 20) continue;
            double observed = synthetic.Contents[k] / perEvent;
            chi2 += (observed - expected) * (observed - expected) / expected;
            dof++;
        }
        Assert.That(dof, Is.GreaterThan(80));
        Assert.That(MathNet.Numerics.Distributions.ChiSquared.CDF(dof, chi2), Is.LessThan(0.99), $"chi2 {chi2} / {dof}");
    }

    [Test]
    public void Convolve_WithTriggerThreshold_AgreesWithSyntheticOverlay()
    {
        // The trigger threshold (first event >= 0.05 MeV) means the same in both pile-up models.
        var single = TestDetector.BetaLike(0.5, 100); // bin width 0.005 MeV: threshold at bin 10
        var shape = TestDetector.BetaLike(0.155, 31);
        var analytic = new double[131];
        PileUpConvolution.Convolve(single.Contents, shape.Contents, 100, analytic, 10);
        var edges = Enumerable.Range(0, 132).Select(k => k * 0.005).ToArray();
        var synthetic = SyntheticPileUp.VisibleSpectrum(
            [new SimulationComponent("beta", 1, new EventSpectrum(single, t => t))],
            new EventSpectrum(shape, t => t), 100, edges, 200_000, 1, 0.05);
        Assert.That(synthetic.Contents[..10].ToArray().Sum(), Is.Zero);
        Assert.That(synthetic.Total, Is.EqualTo(100).Within(1e-9));
        double chi2 = 0;
        int dof = 0;
        const double perEvent = 100.0 / 200_000;
        for (int k = 0; k < analytic.Length; k++)
        {
            double expected = analytic[k] / perEvent;
            if (expected < 20) continue;
            double observed = synthetic.Contents[k] / perEvent;
            chi2 += (observed - expected) * (observed - expected) / expected;
            dof++;
        }
        Assert.That(dof, Is.GreaterThan(70));
        Assert.That(MathNet.Numerics.Distributions.ChiSquared.CDF(dof, chi2), Is.LessThan(0.99), $"chi2 {chi2} / {dof}");
        Assert.Throws<UserInputException>(() => SyntheticPileUp.VisibleSpectrum(
            [new SimulationComponent("beta", 1, new EventSpectrum(single, t => t))],
            new EventSpectrum(shape, t => t), 100, edges, 10, 78, 0.6));
    }

    [Test]
    public void Convolve_DifferentBinWidths_IsUserError()
    {
        Assert.Throws<UserInputException>(() => PileUpConvolution.Convolve(Uniform(0, 0.01, 1, 2), Uniform(0, 0.02, 1), 1));
        var ragged = new EnergyHistogram([0, 0.01, 0.03], [1, 1], "ragged");
        Assert.Throws<UserInputException>(() => PileUpConvolution.Convolve(ragged, Uniform(0, 0.01, 1), 1));
    }
}
