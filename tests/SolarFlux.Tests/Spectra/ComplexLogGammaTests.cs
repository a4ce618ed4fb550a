using MathNet.Numerics;
using SolarFlux.Spectra;

namespace SolarFlux.Tests.Spectra;

public class ComplexLogGammaTests
{
    [TestCase(0.79)]
    [TestCase(0.999)]
    [TestCase(2.5)]
    [TestCase(13.0)]
    public void LogAbs_RealArgument_MatchesRealLogGamma(double x)
    {
        Assert.That(ComplexLogGamma.LogAbs(x, 0), Is.EqualTo(SpecialFunctions.GammaLn(x)).Within(1e-12));
    }

    [TestCase(0.3)]
    [TestCase(3.7)]
    [TestCase(250.0)]
    public void LogAbs_OnePlusIy_MatchesReflectionFormula(double y)
    {
        // |Gamma(1 + i y)|^2 = pi y / sinh(pi y) (Abramowitz & Stegun 6.1.31); ln sinh(pi y) ~ pi y - ln 2 for large y.
        double logSinh = y > 20 ? Math.PI * y - Math.Log(2) : Math.Log(Math.Sinh(Math.PI * y));
        double exact = 0.5 * (Math.Log(Math.PI * y) - logSinh);
        Assert.That(ComplexLogGamma.LogAbs(1.0, y), Is.EqualTo(exact).Within(1e-10 * Math.Max(1, Math.Abs(exact))));
    }

    [TestCase(0.7)]
    [TestCase(5.0)]
    public void LogAbs_HalfPlusIy_MatchesReflectionFormula(double y)
    {
        // |Gamma(1/2 + i y)|^2 = pi / cosh(pi y) (A&S 6.1.30)
        double exact = 0.5 * Math.Log(Math.PI / Math.Cosh(Math.PI * y));
        Assert.That(ComplexLogGamma.LogAbs(0.5, y), Is.EqualTo(exact).Within(1e-12));
    }
}
