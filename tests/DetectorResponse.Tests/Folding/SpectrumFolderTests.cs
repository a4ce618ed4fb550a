using DetectorResponse.Estimators;
using DetectorResponse.Folding;
using DetectorResponse.Spectra;
using MathNet.Numerics.Distributions;
using SolarFlux.Common;
using TestSupport;

namespace DetectorResponse.Tests.Folding;

public class SpectrumFolderTests
{
    private static readonly FoldingComponent[] Components = FoldingTestModels.ReferenceComponents();
    private static readonly SpectrumFolder Folder = FoldingTestModels.NhFolder(Components);
    private static readonly FoldingParameters Defaults = new();

    [Test]
    public void Fold_InWindowPlusTails_ConservesEachComponent()
    {
        var output = new double[Folder.ComponentCount * Folder.BinCount];
        Folder.Fold(Defaults, output);
        for (int c = 0; c < Folder.ComponentCount; c++)
        {
            double inside = output.AsSpan(c * Folder.BinCount, Folder.BinCount).ToArray().Sum();
            // Tolerance 1e-8: 6.5-sigma kernel cut (8e-11) and the tabulated CDF (1e-9).
            var (below, above) = Folder.OutsideWindow(Defaults, c);
            TestContext.Out.WriteLine($"{Components[c].Name}: inside {inside:F6}, below {below:F6}, above {above:F6}");
            Assert.That(inside + below + above, Is.EqualTo(Components[c].Total).Within(1e-6).Percent, Components[c].Name);
            Assert.That(output.AsSpan(c * Folder.BinCount, Folder.BinCount).ToArray(), Has.All.GreaterThanOrEqualTo(0));
        }
        // 14C (Q = 156 keV) leaks into N_h >= 93 only through the resolution tail: a small, nonzero part
        // (Borexino's Phase-II fit, PRD 100, 082004, Fig. 6a: ~1.6e-5 of the 14C rate above N_h 93; this
        // synthetic shape without Fermi function and the default scale give ~1e-7).
        double c14Inside = output.AsSpan(0, Folder.BinCount).ToArray().Sum();
        Assert.That(c14Inside / Components[0].Total, Is.GreaterThan(1e-9).And.LessThan(1e-3));
    }

    [TestCase(0.3)]
    [TestCase(0.8)]
    [TestCase(1.7)]
    public void Fold_NarrowLine_GivesTheGaussianOfTheResponseModel(double t0)
    {
        var line = new EnergyHistogram([t0 - 5e-6, t0 + 5e-6], [1000.0], "line");
        var folder = FoldingTestModels.NhFolder([new ElectronSpectrumComponent("line", line)]);
        var output = new double[folder.BinCount];
        folder.Fold(Defaults, output);

        var r = new EstimatorResponse(EnergyEstimator.Nh, Defaults.Response);
        double mu = r.Mean(FoldingTestModels.Electrons.VisibleEnergy(t0, Defaults.Response.CherenkovFraction));
        double sigma = Math.Sqrt(r.Variance(mu));
        var edges = folder.Binning.Edges;
        double maxDiff = 0, peak = 0, mean = 0, sum = 0, expectedMean = 0, expectedSum = 0;
        for (int j = 0; j < output.Length; j++)
        {
            double expected = 1000 * (Normal.CDF(mu, sigma, edges[j + 1]) - Normal.CDF(mu, sigma, edges[j]));
            maxDiff = Math.Max(maxDiff, Math.Abs(output[j] - expected));
            peak = Math.Max(peak, expected);
            double centre = 0.5 * (edges[j] + edges[j + 1]);
            mean += output[j] * centre;
            sum += output[j];
            expectedMean += expected * centre;
            expectedSum += expected;
        }
        mean /= sum;
        expectedMean /= expectedSum;
        TestContext.Out.WriteLine($"T0 = {t0}: mu = {mu:F3}, sigma = {sigma:F3}, folded mean = {mean:F3} (expected {expectedMean:F3}), max |diff| / peak = {maxDiff / peak:E2}");
        Assert.That(mean, Is.EqualTo(expectedMean).Within(0.02));
        Assert.That(maxDiff / peak, Is.LessThan(0.01));
    }

    [TestCase(FoldingParameter.LightYield, 0.5)]
    [TestCase(FoldingParameter.CherenkovFraction, 1e-3)]
    [TestCase(FoldingParameter.VarianceFactor, 1e-3)]
    [TestCase(FoldingParameter.ConstantTerm, 1e-4)]
    [TestCase(FoldingParameter.DarkNoise, 1e-2)]
    [TestCase(FoldingParameter.PeakPosition, 1e-4)]
    [TestCase(FoldingParameter.PeakWidth, 1e-4)]
    [TestCase(FoldingParameter.PositronShift, 1e-4)]
    public void FoldDerivative_MatchesCentralFiniteDifference(FoldingParameter which, double h)
    {
        var p = Defaults with { Response = Defaults.Response with { ConstantTerm = 0.02, DarkNoise = 3 }, PositronShift = 0.01 };
        FoldingDerivativeCheck.AssertMatchesCentralDifference(Folder, p, which, h, 2e-3);
    }

    [Test]
    public void Fold_Po210Peak_SitsAtTheMeanResponseOfItsPosition()
    {
        int po = Folder.IndexOf("Po210");
        var output = new double[Folder.BinCount];
        Folder.Fold(Defaults, po, output);
        var r = new EstimatorResponse(EnergyEstimator.Nh, Defaults.Response);
        int argMax = Array.IndexOf(output, output.Max());
        double nhAtMax = 93 + argMax;
        Assert.That(nhAtMax, Is.EqualTo(r.Mean(Defaults.PeakPosition)).Within(1.0));
        var (below, above) = Folder.OutsideWindow(Defaults, po);
        Assert.That(output.Sum() + below + above, Is.EqualTo(500).Within(1e-6));
    }

    [Test]
    public void Po210Default_MatchesBorexinoPhase2FitComponent()
    {
        // Borexino's fitted 210Po curve (PRD 100, 082004 (2019), Fig. 6a; phase2_fig6a_components.csv,
        // column Po210, per 1-N_h bin): mean N_h 188.7, sigma 15.3 hits, 255.8 cpd/100t in the window.
        var rows = File.ReadLines(SharedData.Path("borexino/phase2_fig6a_components.csv"))
            .Where(l => l.Length > 0 && char.IsDigit(l[0])).Select(l => l.Split(','))
            .Select(f => (Nh: double.Parse(f[0]), Po: double.Parse(f[7]))).ToArray();
        double s0 = rows.Sum(r => r.Po), m = rows.Sum(r => r.Po * r.Nh) / s0;
        double sd = Math.Sqrt(rows.Sum(r => r.Po * (r.Nh - m) * (r.Nh - m)) / s0);

        // The defaults give the whole width (po210_peak = free-width): with the detector resolution added the fit's
        // po210_width is the line's intrinsic width instead.
        var folder = FoldingTestModels.NhFolder([new GaussianPeakComponent("Po210", 500) { AddsDetectorResolution = false }]);
        var output = new double[folder.BinCount];
        folder.Fold(Defaults, 0, output);
        double t0 = output.Sum(), mean = 0, var = 0;
        for (int j = 0; j < output.Length; j++)
            mean += output[j] * (93 + j) / t0;
        for (int j = 0; j < output.Length; j++)
            var += output[j] * (93 + j - mean) * (93 + j - mean) / t0;
        TestContext.Out.WriteLine($"Po210: Borexino mean {m:F2} sigma {sd:F2}; ours mean {mean:F2} sigma {Math.Sqrt(var):F2}");
        Assert.That(mean, Is.EqualTo(m).Within(1.0));
        Assert.That(Math.Sqrt(var), Is.EqualTo(sd).Within(5).Percent);

        // The implied alpha quenching factor on our scale is ~12 (physics.md §6: ~13x).
        double tee = FoldingTestModels.Electrons.KineticEnergyFor(Defaults.PeakPosition, Defaults.Response.CherenkovFraction);
        Assert.That(DetectorResponse.Quenching.AlphaQuenching.Po210AlphaEnergy / tee, Is.InRange(11, 13.5));
    }

    [Test]
    public void Fold_C11_StartsNearTwoQuenchedAnnihilationGammasAndShifts()
    {
        int c11 = Folder.IndexOf("C11");
        var output = new double[Folder.BinCount];
        Folder.Fold(Defaults, c11, output);
        var r = new EstimatorResponse(EnergyEstimator.Nh, Defaults.Response);
        double start = r.Mean(2 * FoldingTestModels.Gammas.VisibleEnergy(0.511, 0.025));
        // Half of the rising edge lies near the start (0 kinetic energy + 2 x 511 keV quenched).
        double below = 0;
        for (int j = 0; j < output.Length && 93 + j < start; j++)
            below += output[j];
        Assert.That(below / output.Sum(), Is.LessThan(0.1));
        var shifted = new double[Folder.BinCount];
        Folder.Fold(Defaults with { PositronShift = 0.05 }, c11, shifted);
        double m0 = Mean(output), m1 = Mean(shifted);
        Assert.That(m1 - m0, Is.EqualTo(0.05 * r.MeanSlope(1.2)).Within(2.0));
    }

    [Test]
    public void Fold_ParametersWithOtherKb_ThrowNamingKb()
    {
        var output = new double[Folder.ComponentCount * Folder.BinCount];
        var ex = Assert.Throws<UserInputException>(() => Folder.Fold(Defaults with { Response = Defaults.Response with { Kb = 0.0109 } }, output));
        Assert.That(ex!.Message, Does.StartWith("Kb"));
    }

    [Test]
    public void Fold_WrongOutputLength_Throws()
    {
        Assert.Throws<ArgumentException>(() => Folder.Fold(Defaults, new double[10]));
    }

    [Test]
    public void Constructor_DuplicateNames_Throws()
    {
        var h = FoldingTestModels.BetaLike(0.5, "x");
        var ex = Assert.Throws<UserInputException>(() => FoldingTestModels.NhFolder([new ElectronSpectrumComponent("a", h), new ElectronSpectrumComponent("a", h)]));
        Assert.That(ex!.Message, Does.Contain("'a'"));
    }

    [Test]
    public void Fold_LowerLightYield_MovesSpectrumDown()
    {
        int bi = Folder.IndexOf("Bi210");
        var a = new double[Folder.BinCount];
        var b = new double[Folder.BinCount];
        Folder.Fold(Defaults, bi, a);
        Folder.Fold(Defaults with { Response = Defaults.Response with { LightYield = 450 } }, bi, b);
        Assert.That(Mean(b), Is.LessThan(Mean(a) * 0.95));
    }

    private static double Mean(double[] bins)
    {
        double s = 0, m = 0;
        for (int j = 0; j < bins.Length; j++)
        {
            s += bins[j];
            m += bins[j] * (93 + j);
        }
        return m / s;
    }
}
