using DetectorResponse.Simulation;

namespace DetectorResponse.Tests.Simulation;

public class Xoshiro256Tests
{
    [Test]
    public void NextUInt64_SameSeed_SameStream_DifferentSeed_DifferentStream()
    {
        var a = new Xoshiro256(7);
        var b = new Xoshiro256(7);
        var c = new Xoshiro256(8);
        ulong[] xa = [.. Enumerable.Range(0, 100).Select(_ => a.NextUInt64())];
        ulong[] xb = [.. Enumerable.Range(0, 100).Select(_ => b.NextUInt64())];
        ulong[] xc = [.. Enumerable.Range(0, 100).Select(_ => c.NextUInt64())];
        Assert.That(xa, Is.EqualTo(xb));
        Assert.That(xa.Zip(xc).Count(p => p.First == p.Second), Is.EqualTo(0));
    }

    [TestCase(0.3)]
    [TestCase(4.5)]
    [TestCase(9.99)]
    [TestCase(10.0)]
    [TestCase(57.3)]
    [TestCase(1234.5)]
    public void Poisson_MeanAndVariance_MatchWithinStatistics(double mean)
    {
        var rng = new Xoshiro256(12345);
        const int n = 200_000;
        double s = 0, s2 = 0;
        for (int i = 0; i < n; i++)
        {
            double k = rng.Poisson(mean);
            s += k; s2 += k * k;
        }
        double m = s / n, v = s2 / n - m * m;
        Assert.That(m, Is.EqualTo(mean).Within(5 * Math.Sqrt(mean / n)));
        // variance of the sample variance ~ (2 mean^2 + mean) / n for a Poisson
        Assert.That(v, Is.EqualTo(mean).Within(5 * Math.Sqrt((2 * mean * mean + mean) / n)));
    }

    [Test]
    public void Poisson_ShapeAt20_MatchesPmfByChiSquare()
    {
        var rng = new Xoshiro256(99);
        const int n = 400_000;
        const double mean = 20;
        var counts = new double[61];
        for (int i = 0; i < n; i++)
        {
            long k = rng.Poisson(mean);
            if (k <= 60) counts[k]++;
        }
        double chi2 = 0;
        int dof = 0;
        for (int k = 5; k <= 40; k++)
        {
            double expected = n * Math.Exp(k * Math.Log(mean) - mean - MathNet.Numerics.SpecialFunctions.GammaLn(k + 1));
            chi2 += (counts[k] - expected) * (counts[k] - expected) / expected;
            dof++;
        }
        Assert.That(MathNet.Numerics.Distributions.ChiSquared.CDF(dof, chi2), Is.LessThan(0.999));
    }

    [Test]
    public void NextGaussian_HasUnitMomentsAndNoSkew()
    {
        var rng = new Xoshiro256(3);
        const int n = 200_000;
        double s = 0, s2 = 0, s3 = 0;
        for (int i = 0; i < n; i++)
        {
            double z = rng.NextGaussian();
            s += z; s2 += z * z; s3 += z * z * z;
        }
        Assert.That(s / n, Is.EqualTo(0).Within(5 / Math.Sqrt(n)));
        Assert.That(s2 / n, Is.EqualTo(1).Within(5 * Math.Sqrt(2.0 / n)));
        Assert.That(s3 / n, Is.EqualTo(0).Within(5 * Math.Sqrt(15.0 / n)));
    }
}
