using DetectorResponse.Estimators;
using DetectorResponse.Folding;
using SolarFlux.Common;

namespace DetectorResponse.Tests.Folding;

/// <summary>
/// The 210Po peak as the detector's response to the alpha line: every event of mean N has the estimator's variance
/// sigma_det^2(N) (EstimatorResponse.Variance), so the peak's width is sqrt(sigma_det^2(N) + (w dN/dE)^2) with w the
/// line's intrinsic width (GaussianPeakComponent.AddsDetectorResolution, the default); without it w is the whole width.
/// Checked on the folded bins' second moment, not on the kernel's code path.
/// </summary>
public class PeakResolutionTests
{
    private static readonly FoldingParameters Parameters = new() { PeakWidth = 0.02 };

    private static double FoldedSigma(bool withResolution, FoldingParameters p)
    {
        var folder = FoldingTestModels.NhFolder([new GaussianPeakComponent("Po210", 1000) { CountingSkew = false, AddsDetectorResolution = withResolution }]);
        var bins = new double[folder.BinCount];
        folder.Fold(p, bins);
        double t = bins.Sum(), m = 0, v = 0;
        for (int j = 0; j < bins.Length; j++)
            m += bins[j] * (93 + j + 0.5) / t;
        for (int j = 0; j < bins.Length; j++)
            v += bins[j] * (93 + j + 0.5 - m) * (93 + j + 0.5 - m) / t;
        return Math.Sqrt(v - 1.0 / 12); // unit bins add 1/12 to the variance
    }

    [Test]
    public void Fold_PeakWithResolution_AddsTheDetectorVarianceInQuadrature()
    {
        var r = new EstimatorResponse(EnergyEstimator.Nh, Parameters.Response);
        double n = r.Mean(Parameters.PeakPosition);
        double line = Parameters.PeakWidth * r.MeanSlope(Parameters.PeakPosition);
        double sigma = FoldedSigma(true, Parameters);
        TestContext.Out.WriteLine($"N = {n:F1}: detector {Math.Sqrt(r.Variance(n)):F3}, line {line:F3}, folded {sigma:F3}");
        Assert.That(sigma, Is.EqualTo(Math.Sqrt(r.Variance(n) + line * line)).Within(1e-3).Percent);
        Assert.That(FoldedSigma(false, Parameters), Is.EqualTo(line).Within(1e-3).Percent);
    }

    [Test]
    public void Fold_PeakWithResolution_FollowsTheResolutionParameters()
    {
        // A wider electron response widens the peak too: the two are one detector.
        var wider = Parameters with { Response = Parameters.Response with { VarianceFactor = 0.5 } };
        Assert.That(FoldedSigma(true, wider), Is.GreaterThan(FoldedSigma(true, Parameters) * 1.05));
        Assert.That(FoldedSigma(false, wider), Is.EqualTo(FoldedSigma(false, Parameters)).Within(1e-9));
    }

    [Test]
    public void Fold_PeakWithResolutionAndNoIntrinsicWidth_IsTheDetectorResolution()
    {
        var p = Parameters with { PeakWidth = 0 };
        var r = new EstimatorResponse(EnergyEstimator.Nh, p.Response);
        Assert.That(FoldedSigma(true, p), Is.EqualTo(Math.Sqrt(r.Variance(r.Mean(p.PeakPosition)))).Within(1e-3).Percent);
    }

    [Test]
    public void Fold_FreeWidthPeakOfZeroWidth_ThrowsNamingTheKey()
    {
        var folder = FoldingTestModels.NhFolder([new GaussianPeakComponent("Po210", 1000) { AddsDetectorResolution = false }]);
        var bins = new double[folder.BinCount];
        var ex = Assert.Throws<UserInputException>(() => folder.Fold(Parameters with { PeakWidth = 0 }, bins));
        Assert.That(ex!.Message, Does.Contain("po210_width").And.Contain("free-width"));
    }

    [TestCase(FoldingParameter.LightYield, 0.5)]
    [TestCase(FoldingParameter.PeakPosition, 1e-4)]
    [TestCase(FoldingParameter.PeakWidth, 1e-4)]
    [TestCase(FoldingParameter.VarianceFactor, 1e-3)]
    [TestCase(FoldingParameter.DarkNoise, 1e-2)]
    public void FoldDerivative_FreeWidthPeak_MatchesCentralFiniteDifference(FoldingParameter which, double h)
    {
        // A peak as wide as Borexino's (0.037 MeV, ~16 hits): the counting skew stays small (a ~ 0.01).
        var folder = FoldingTestModels.NhFolder([new GaussianPeakComponent("Po210", 1000) { AddsDetectorResolution = false }]);
        FoldingDerivativeCheck.AssertMatchesCentralDifference(folder, Parameters with { PeakWidth = 0.037 }, which, h, 1e-3);
    }

    [TestCase(FoldingParameter.VarianceFactor)]
    [TestCase(FoldingParameter.DarkNoise)]
    public void FoldDerivative_FreeWidthSymmetricPeak_IsZeroForTheResolutionParameters(FoldingParameter which)
    {
        // (The counting skew of a skewed peak does depend on them, through kappa3.)
        var folder = FoldingTestModels.NhFolder([new GaussianPeakComponent("Po210", 1000) { AddsDetectorResolution = false, CountingSkew = false }]);
        var d = new double[folder.BinCount];
        folder.FoldDerivative(Parameters, which, d);
        Assert.That(d, Has.All.EqualTo(0.0));
    }
}
