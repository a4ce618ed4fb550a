using SolarFlux.Common;
using SpectralFit.Likelihood;
using SpectralFit.Models;
using SpectralFit.Parameters;
using SpectralFit.Tests.TestModels;

namespace SpectralFit.Tests.Likelihood;

public class PoissonDevianceTests
{
    [Test]
    public void Value_MatchesSaturatedDevianceFormulaIncludingEmptyBins()
    {
        var model = new LinearTemplateModel([new Parameter("r", 1, 1)], [new double[] { 2.0, 0.5, 3.0 }]);
        var d = new PoissonDeviance(model, [3.0, 0.0, 1.0]);
        // 2 sum [mu - n + n ln(n/mu)] with mu = (4, 1, 6) at r = 2; the n = 0 bin gives 2 mu.
        double expected = 2 * ((4 - 3 + 3 * Math.Log(3.0 / 4)) + 1 + (6 - 1 + Math.Log(1.0 / 6)));
        Assert.That(d.Value([2.0]), Is.EqualTo(expected).Within(1e-12));
    }

    [Test]
    public void Value_AtSaturatedModel_IsZero()
    {
        var model = new LinearTemplateModel([new Parameter("r", 1, 1)], [new double[] { 2.0, 0.5, 3.0 }]);
        Assert.That(new PoissonDeviance(model, [4.0, 1.0, 6.0]).Value([2.0]), Is.EqualTo(0).Within(1e-12));
    }

    [Test]
    public void Value_NonPositiveExpectation_IsFiniteAndPenalized()
    {
        var model = new LinearTemplateModel([new Parameter("r", 1, 1)], [new double[] { 1.0 }]);
        var d = new PoissonDeviance(model, [5.0]);
        double atZero = d.Value([0.0]), negative = d.Value([-1.0]), positive = d.Value([1.0]);
        Assert.That(double.IsFinite(atZero) && double.IsFinite(negative), Is.True);
        Assert.That(negative, Is.GreaterThan(atZero));
        Assert.That(atZero, Is.GreaterThan(positive));
        // Empty bin with negative expectation is not rewarded either.
        Assert.That(new PoissonDeviance(model, [0.0]).Value([-1.0]), Is.GreaterThan(0));
    }

    [Test]
    public void ValueAndGradient_AnalyticMatchesNumeric()
    {
        var model = new RateTemplateModel(new PeakOnFlatTemplates(40),
            [new Parameter("peak", 100, 10, 0, 1e6), new Parameter("flat", 400, 20, 0, 1e6)]);
        var data = new double[40];
        for (int i = 0; i < 40; i++)
            data[i] = (i * 7) % 23;
        var d = new PoissonDeviance(model, data);
        double[] p = [120, 380, 4.9];
        var g = new double[3];
        double value = d.ValueAndGradient(p, g);
        Assert.That(value, Is.EqualTo(d.Value(p)).Within(1e-9));
        for (int k = 0; k < 3; k++)
        {
            double h = 1e-5 * Math.Max(1, Math.Abs(p[k]));
            var q = (double[])p.Clone();
            q[k] += h;
            double up = d.Value(q);
            q[k] -= 2 * h;
            double down = d.Value(q);
            Assert.That(g[k], Is.EqualTo((up - down) / (2 * h)).Within(1e-4 * (1 + Math.Abs(g[k]))), $"parameter {k}");
        }
    }

    [Test]
    public void ValueAndGradient_ModelWithoutJacobian_UsesNumericDifferences()
    {
        var linear = SyntheticSpectra.Linear([300, 200, 100], 15);
        var data = PseudoDataFor(linear, [310, 190, 95]);
        double[] p = [280, 230, 120];
        var analytic = new double[3];
        var numeric = new double[3];
        new PoissonDeviance(linear, data).ValueAndGradient(p, analytic);
        new PoissonDeviance(new JacobianHidden(linear), data).ValueAndGradient(p, numeric);
        for (int k = 0; k < 3; k++)
            Assert.That(numeric[k], Is.EqualTo(analytic[k]).Within(1e-5 * (1 + Math.Abs(analytic[k]))));
    }

    [Test]
    public void Constructor_WrongBinCountOrNegativeCounts_Throws()
    {
        var model = new LinearTemplateModel([new Parameter("r", 1, 1)], [new double[] { 1.0, 2.0 }]);
        Assert.Throws<UserInputException>(() => new PoissonDeviance(model, [1.0]));
        var e = Assert.Throws<UserInputException>(() => new PoissonDeviance(model, [1.0, -2.0]));
        Assert.That(e!.Message, Does.Contain("bin 1"));
    }

    private static double[] PseudoDataFor(ISpectralModel model, double[] p)
    {
        var mu = new double[model.BinCount];
        model.Expected(p, mu);
        return mu.Select(m => Math.Round(m)).ToArray();
    }
}
