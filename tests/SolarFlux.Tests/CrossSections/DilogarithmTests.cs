using SolarFlux.Common;
using SolarFlux.CrossSections;

namespace SolarFlux.Tests.CrossSections;

public class DilogarithmTests
{
    [Test]
    public void Li2_SpecialValues()
    {
        // Euler's classical values: Li2(1) = pi^2/6, Li2(1/2) = pi^2/12 - (ln 2)^2/2, Li2(-1) = -pi^2/12.
        Assert.That(Dilogarithm.Li2(1.0), Is.EqualTo(Math.PI * Math.PI / 6).Within(1e-15));
        Assert.That(Dilogarithm.Li2(0.5), Is.EqualTo(Math.PI * Math.PI / 12 - 0.5 * Math.Log(2) * Math.Log(2)).Within(1e-15));
        Assert.That(Dilogarithm.Li2(-1.0), Is.EqualTo(-Math.PI * Math.PI / 12).Within(1e-14));
        Assert.That(Dilogarithm.Li2(0.0), Is.Zero);
    }

    [Test]
    public void SpenceBks_MatchesItsIntegralDefinition()
    {
        // BKS: L(x) = integral_0^x ln|1 - t| / t dt.
        foreach (double x in new[] { 0.01, 0.3, 0.5, 0.7, 0.95 })
        {
            double integral = EndpointQuadrature.Reference.Integrate(t => Math.Log(1 - t) / t, 0, x);
            Assert.That(Dilogarithm.SpenceBks(x), Is.EqualTo(integral).Within(1e-12), $"x = {x}");
        }
    }
}
