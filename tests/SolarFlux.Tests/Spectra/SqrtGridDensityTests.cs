using SolarFlux.Spectra;

namespace SolarFlux.Tests.Spectra;

public class SqrtGridDensityTests
{
    [Test]
    public void Evaluate_FunctionLinearInSqrtT_IsExact()
    {
        var g = new SqrtGridDensity(4.0, 11, t => 3 + 2 * Math.Sqrt(t));
        foreach (double t in new[] { 0.0, 0.01, 0.37, 1.0, 2.5, 4.0 })
            Assert.That(g.Evaluate(t), Is.EqualTo(3 + 2 * Math.Sqrt(t)).Within(1e-12));
    }

    [Test]
    public void Evaluate_OutsideRange_IsZero()
    {
        var g = new SqrtGridDensity(1.0, 5, _ => 1);
        Assert.That(g.Evaluate(-1e-9), Is.Zero);
        Assert.That(g.Evaluate(1.0 + 1e-9), Is.Zero);
        Assert.That(g.Evaluate(double.NaN), Is.Zero);
    }

    [Test]
    public void Evaluate_SmoothFunction_ConvergesQuadratically()
    {
        static double Error(int points)
        {
            var g = new SqrtGridDensity(1.0, points, t => Math.Exp(-t));
            double worst = 0;
            for (int i = 0; i <= 1000; i++)
                worst = Math.Max(worst, Math.Abs(g.Evaluate(i / 1000.0) - Math.Exp(-i / 1000.0)));
            return worst;
        }
        Assert.That(Error(101) / Error(201), Is.EqualTo(4).Within(15).Percent);
    }
}
