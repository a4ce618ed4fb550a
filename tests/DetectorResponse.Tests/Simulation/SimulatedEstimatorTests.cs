using DetectorResponse.Simulation;

namespace DetectorResponse.Tests.Simulation;

public class SimulatedEstimatorTests
{
    [TestCase(0.2)]
    [TestCase(1.0)]
    [TestCase(2.5)]
    public void Sample_MomentsEqualAnalyticMeanAndVariance(double visibleEnergy)
    {
        // the analytic response's moments (physics.md §6): sigma^2 = (1 + v1) N + sigma_T^2 N^2 + sigma_d^2
        var est = new SimulatedEstimator("npmts", e => 1700 * (1 - Math.Exp(-500 * e / 1700)), 0.1, 0.02, 2);
        var rng = new Xoshiro256(2024);
        const int n = 200_000;
        double s = 0, s2 = 0;
        for (int i = 0; i < n; i++)
        {
            double x = est.Sample(visibleEnergy, rng.NextGaussian(), rng);
            s += x; s2 += x * x;
        }
        double mean = est.Mean(visibleEnergy), variance = est.Variance(mean);
        double m = s / n, v = s2 / n - m * m;
        Assert.That(m, Is.EqualTo(mean).Within(5 * Math.Sqrt(variance / n)));
        Assert.That(v, Is.EqualTo(variance).Within(6 * variance * Math.Sqrt(2.0 / n)));
    }

    [Test]
    public void VisibleEnergyReaching_IsWhereMeanPlusSigmasHitsTheEdge()
    {
        var est = new SimulatedEstimator("nh", e => 390 * e, 0.1, 0.012, 2);
        double e0 = est.VisibleEnergyReaching(92.5, 8);
        double m = est.Mean(e0);
        Assert.That(m + 8 * Math.Sqrt(est.Variance(m)) + 1, Is.EqualTo(92.5).Within(1e-6));
        Assert.That(e0, Is.LessThan(92.5 / 390));
    }
}
