using SpectralFit.Models;
using SpectralFit.Parameters;
using SpectralFit.Tests.TestModels;

namespace SpectralFit.Tests.Models;

public class RateTemplateModelTests
{
    private static RateTemplateModel PeakModel(AmplitudeLaw peakLaw = AmplitudeLaw.Linear) => new(
        new PeakOnFlatTemplates(40),
        [new Parameter("peak", 100, 10, 0, 1e6), new Parameter("flat", 400, 20, 0, 1e6)],
        [peakLaw, AmplitudeLaw.Linear]);

    [Test]
    public void Parameters_AreAmplitudesThenShape()
    {
        Assert.That(PeakModel().Parameters.Names, Is.EqualTo(new[] { "peak", "flat", "peak_position" }));
    }

    [TestCase(AmplitudeLaw.Linear)]
    [TestCase(AmplitudeLaw.Square)]
    public void ExpectedAndJacobian_MatchesFiniteDifferences(AmplitudeLaw law)
    {
        var model = PeakModel(law);
        double[] p = [7.0, 400, 5.13];
        int n = model.BinCount, np = p.Length;
        var mu = new double[n];
        var jac = new double[n * np];
        model.ExpectedAndJacobian(p, mu, jac);
        var up = new double[n];
        var down = new double[n];
        for (int k = 0; k < np; k++)
        {
            double h = 1e-4 * Math.Max(1, Math.Abs(p[k]));
            var q = (double[])p.Clone();
            q[k] += h;
            model.Expected(q, up);
            q[k] -= 2 * h;
            model.Expected(q, down);
            for (int i = 0; i < n; i++)
                Assert.That(jac[k * n + i], Is.EqualTo((up[i] - down[i]) / (2 * h)).Within(1e-4 * (1 + Math.Abs(jac[k * n + i]))), $"d mu_{i} / d p_{k}");
        }
    }

    [Test]
    public void Expected_SquareLaw_ScalesWithAmplitudeSquared()
    {
        var model = PeakModel(AmplitudeLaw.Square);
        var a = new double[model.BinCount];
        var b = new double[model.BinCount];
        model.Expected([1.0, 0, 5], a);
        model.Expected([3.0, 0, 5], b);
        for (int i = 0; i < a.Length; i++)
            Assert.That(b[i], Is.EqualTo(9 * a[i]).Within(1e-12));
    }
}
