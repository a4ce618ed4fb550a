using DetectorResponse.Estimators;
using DetectorResponse.Folding;

namespace DetectorResponse.Tests.Folding;

/// <summary>
/// The 210Po peak's kernel carries the third cumulant of Poisson-like counting,
/// kappa3 = N + sigma_d^2 + 3 (1 + v1) sigma_T^2 N^2 (law of total cumulance over the light-yield spread g;
/// the Poisson third cumulant equals its mean). Checked on the folded bins, not on the formula's code path.
/// </summary>
public class PeakSkewnessTests
{
    // A narrow line: the peak is mostly the detector resolution, well inside the window from N_h 93.
    private static readonly FoldingParameters Defaults = new() { PeakWidth = 0.01 };

    private static SpectrumFolder PeakFolder(bool skew) =>
        FoldingTestModels.NhFolder([new GaussianPeakComponent("Po210", 1000) { CountingSkew = skew }]);

    private static (double Mean, double Variance, double Third) Moments(double[] bins, double lower)
    {
        double t = bins.Sum(), m = 0, v = 0, k3 = 0;
        for (int j = 0; j < bins.Length; j++)
            m += bins[j] * (lower + j) / t;
        for (int j = 0; j < bins.Length; j++)
        {
            double d = lower + j - m;
            v += bins[j] * d * d / t;
            k3 += bins[j] * d * d * d / t;
        }
        return (m, v, k3);
    }

    [Test]
    public void Fold_Po210Peak_ThirdMomentIsTheCountingCumulant()
    {
        var folder = PeakFolder(true);
        var bins = new double[folder.BinCount];
        folder.Fold(Defaults, bins);
        var (mean, variance, third) = Moments(bins, 93);
        var r = new EstimatorResponse(EnergyEstimator.Nh, Defaults.Response);
        var p = Defaults.Response;
        double n = r.Mean(Defaults.PeakPosition);
        double expected = n + p.DarkNoise * p.DarkNoise + 3 * (1 + p.VarianceFactor) * p.ConstantTerm * p.ConstantTerm * n * n;
        // The detector resolution at N in quadrature with the line's width (GaussianPeakComponent.AddsDetectorResolution).
        double line = Defaults.PeakWidth * r.MeanSlope(Defaults.PeakPosition);
        double sigma = Math.Sqrt(r.Variance(n) + line * line);
        TestContext.Out.WriteLine($"N = {n:F2}: mean {mean:F3}, sigma {Math.Sqrt(variance):F3} (kernel {sigma:F3}), " +
                                  $"mu3 {third:F1} (kappa3 {expected:F1}), skewness {third / Math.Pow(variance, 1.5):F4}");
        // Cornish-Fisher kernel: mean mu, variance sigma^2 (1 + gamma^2/18); binning adds 1/12 to the variance.
        double gamma = expected / (sigma * sigma * sigma);
        Assert.That(mean, Is.EqualTo(n).Within(1e-3));
        Assert.That(variance, Is.EqualTo(sigma * sigma * (1 + gamma * gamma / 18) + 1.0 / 12).Within(1e-3).Percent);
        Assert.That(third, Is.EqualTo(expected).Within(0.5).Percent);
        Assert.That(bins, Has.All.GreaterThanOrEqualTo(0));
    }

    [Test]
    public void Fold_SymmetricPeak_HasNoThirdMoment()
    {
        var folder = PeakFolder(false);
        var bins = new double[folder.BinCount];
        folder.Fold(Defaults, bins);
        var (_, variance, third) = Moments(bins, 93);
        Assert.That(third / Math.Pow(variance, 1.5), Is.EqualTo(0).Within(1e-4));
    }

    [Test]
    public void OutsideWindow_SkewedPeak_ConservesTheTotal()
    {
        // A peak near the window's lower edge: the tails below it follow the skewed CDF too.
        var folder = PeakFolder(true);
        var p = Defaults with { PeakPosition = 0.22 };
        var bins = new double[folder.BinCount];
        folder.Fold(p, bins);
        var (below, above) = folder.OutsideWindow(p, 0);
        TestContext.Out.WriteLine($"inside {bins.Sum():F6}, below {below:F6}, above {above:F6}");
        Assert.That(below, Is.GreaterThan(10));
        // Tolerance 1e-7: the tails use the Numerical Recipes erfc (fractional error < 1.2e-7) on ~400 events below.
        Assert.That(bins.Sum() + below + above, Is.EqualTo(1000).Within(1e-5).Percent);
    }

    [TestCase(FoldingParameter.LightYield, 0.5)]
    [TestCase(FoldingParameter.VarianceFactor, 1e-3)]
    [TestCase(FoldingParameter.ConstantTerm, 1e-4)]
    [TestCase(FoldingParameter.DarkNoise, 1e-2)]
    [TestCase(FoldingParameter.PeakPosition, 1e-4)]
    [TestCase(FoldingParameter.PeakWidth, 1e-4)]
    public void FoldDerivative_SkewedPeak_MatchesCentralFiniteDifference(FoldingParameter which, double h)
    {
        var folder = PeakFolder(true);
        var p = Defaults with { Response = Defaults.Response with { ConstantTerm = 0.02, DarkNoise = 3 } };
        FoldingDerivativeCheck.AssertMatchesCentralDifference(folder, p, which, h, 1e-3);
    }
}
