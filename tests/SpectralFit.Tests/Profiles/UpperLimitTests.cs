using MathNet.Numerics.Distributions;
using SolarFlux.Common;
using SpectralFit.Profiles;

namespace SpectralFit.Tests.Profiles;

public class UpperLimitTests
{
    private const double Sigma = 2.0;

    private static ProfileScan Gaussian(double mean, double sigma, double to, int points)
    {
        var grid = ScanGrid.Linear(0, to, points);
        return ProfileScan.FromDeviances("mu", grid, grid.Select(m => Math.Pow((m - mean) / sigma, 2)).ToArray());
    }

    [Test]
    public void Bayesian_HalfGaussianAtZero_Is1645Sigma()
    {
        // L = exp(-mu^2 / 2 sigma^2) on mu >= 0, flat prior: 90% quantile of a half-normal = Phi^-1(0.95) sigma.
        var limit = UpperLimit.Bayesian(Gaussian(0, Sigma, 6 * Sigma, 61));
        Assert.That(limit.Limit, Is.EqualTo(1.6448536 * Sigma).Within(2e-4 * Sigma));
        Assert.That(limit.TailFraction, Is.LessThan(1e-6));
    }

    [Test]
    public void Bayesian_FlatInSquare_IsRayleighQuantile()
    {
        // Density mu exp(-mu^2 / 2 sigma^2): CDF 1 - exp(-x^2 / 2 sigma^2) = 0.9 at x = sigma sqrt(2 ln 10).
        var limit = UpperLimit.Bayesian(Gaussian(0, Sigma, 6 * Sigma, 61), 0.9, LimitPrior.FlatInSquare);
        Assert.That(limit.Limit, Is.EqualTo(Math.Sqrt(2 * Math.Log(10)) * Sigma).Within(2e-4 * Sigma));
    }

    [Test]
    public void Bayesian_TruncatedGaussianAwayFromZero_MatchesAnalyticQuantile()
    {
        double mean = 1.5;
        var limit = UpperLimit.Bayesian(Gaussian(mean, 1, 7, 36));
        double p0 = Normal.CDF(0, 1, -mean);
        double expected = mean + Normal.InvCDF(0, 1, p0 + 0.9 * (1 - p0));
        Assert.That(limit.Limit, Is.EqualTo(expected).Within(1e-3));
    }

    [Test]
    public void Bayesian_ScanEndingAtTwoSigma_ContinuesGaussianTailExactly()
    {
        var limit = UpperLimit.Bayesian(Gaussian(0, Sigma, 2 * Sigma, 41));
        Assert.That(limit.TailFraction, Is.GreaterThan(0.01));
        Assert.That(limit.Limit, Is.EqualTo(1.6448536 * Sigma).Within(1e-3 * Sigma));
    }

    [Test]
    public void Bayesian_ScanNotStartingAtZero_ThrowsClearError()
    {
        var grid = ScanGrid.Linear(0.5, 10, 20);
        var scan = ProfileScan.FromDeviances("mu_nu", grid, grid.Select(m => m * m).ToArray());
        var e = Assert.Throws<UserInputException>(() => UpperLimit.Bayesian(scan));
        Assert.That(e!.Message, Does.Contain("mu_nu").And.Contain("starts at 0.5"));
    }

    [Test]
    public void Bayesian_ProfileStillFlatAtScanEnd_ThrowsAskingToExtend()
    {
        var grid = ScanGrid.Linear(0, 1, 11);
        var scan = ProfileScan.FromDeviances("mu", grid, grid.Select(_ => 0.0).ToArray());
        var e = Assert.Throws<UserInputException>(() => UpperLimit.Bayesian(scan));
        Assert.That(e!.Message, Does.Contain("extend the scan"));
    }

    [Test]
    public void DeltaChiSquareCrossing_HalfGaussian_IsSqrt271Sigma()
    {
        Assert.That(UpperLimit.DeltaChiSquareCrossing(Gaussian(0, Sigma, 6 * Sigma, 61)),
            Is.EqualTo(Math.Sqrt(2.71) * Sigma).Within(1e-3 * Sigma));
    }

    [Test]
    public void DeltaChiSquareCrossing_NotReached_ThrowsAskingToExtend()
    {
        var e = Assert.Throws<UserInputException>(() => UpperLimit.DeltaChiSquareCrossing(Gaussian(0, Sigma, Sigma, 11)));
        Assert.That(e!.Message, Does.Contain("extend the scan"));
    }

    [Test]
    public void ProfileScan_DecreasingGrid_ThrowsNamingPoint()
    {
        var e = Assert.Throws<UserInputException>(() => ProfileScan.FromDeviances("mu", [0.0, 2.0, 1.0], [0.0, 1.0, 2.0]));
        Assert.That(e!.Message, Does.Contain("increase"));
    }
}
