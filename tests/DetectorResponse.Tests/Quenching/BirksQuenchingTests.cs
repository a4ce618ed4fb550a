using DetectorResponse.Quenching;
using SolarFlux.Common;

namespace DetectorResponse.Tests.Quenching;

public class BirksQuenchingTests
{
    private static readonly BirksQuenching Electrons = BirksQuenching.ForElectrons(0.0115, ElectronStoppingPower.Pseudocumene);

    [Test]
    public void QuenchedEnergy_IsIncreasingBoundedAndQuenchedMoreAtLowEnergy()
    {
        double previousEq = 0, previousRatio = 0;
        for (double t = 0.005; t <= 5.0; t += 0.005)
        {
            double eq = Electrons.QuenchedEnergy(t);
            double ratio = eq / t;
            Assert.That(eq, Is.GreaterThan(previousEq), $"T = {t}");
            Assert.That(eq, Is.LessThanOrEqualTo(t), $"T = {t}");
            Assert.That(ratio, Is.GreaterThan(previousRatio), $"T = {t}");
            previousEq = eq;
            previousRatio = ratio;
        }
    }

    [Test]
    public void QuenchingFactor_AtTypicalEnergies_IsInTheExpectedRange()
    {
        // Bounds from the integrand: at 1 MeV the local factor is 1/(1 + kB dE/dx) = 1/(1 + 0.0115 x 1.66)
        // = 0.981, an upper bound for the average; at 100 keV the local factor is 1/(1 + 0.0115 x 3.7) = 0.959.
        // The low-energy end of the track (strongly quenched) pulls the average a few percent lower.
        double q1 = Electrons.QuenchingFactor(1.0), q01 = Electrons.QuenchingFactor(0.1);
        TestContext.Out.WriteLine($"Q(1 MeV) = {q1:F4}, Q(100 keV) = {q01:F4}, Q(20 keV) = {Electrons.QuenchingFactor(0.02):F4}");
        Assert.That(q1, Is.InRange(0.95, 0.981));
        Assert.That(q01, Is.InRange(0.85, 0.959));
    }

    [Test]
    public void QuenchedEnergy_KbZero_IsIdentity()
    {
        var none = BirksQuenching.ForElectrons(0.0, ElectronStoppingPower.Pseudocumene);
        foreach (double t in new[] { 0.0013, 0.05, 0.4321, 1.0, 2.9, 15.0 })
            Assert.That(none.QuenchedEnergy(t), Is.EqualTo(t).Within(1e-10));
    }

    [Test]
    public void QuenchedEnergy_KbToZero_ApproachesIdentityLinearly()
    {
        double d1 = 1.0 - BirksQuenching.ForElectrons(1e-4, ElectronStoppingPower.Pseudocumene).QuenchedEnergy(1.0);
        double d2 = 1.0 - BirksQuenching.ForElectrons(2e-4, ElectronStoppingPower.Pseudocumene).QuenchedEnergy(1.0);
        Assert.That(d1, Is.GreaterThan(0).And.LessThan(0.01));
        Assert.That(d2 / d1, Is.EqualTo(2.0).Within(0.02));
    }

    [Test]
    public void QuenchedEnergy_MatchesDirectIntegration()
    {
        // Trapezoid with 200k steps as an independent check of the tabulated Hermite interpolation.
        var sp = ElectronStoppingPower.Pseudocumene;
        double t = 0.7345, sum = 0;
        int n = 200_000;
        double h = t / n;
        for (int i = 0; i <= n; i++)
            sum += (i == 0 || i == n ? 0.5 : 1.0) / (1 + 0.0115 * sp.Electron(i * h));
        Assert.That(Electrons.QuenchedEnergy(t), Is.EqualTo(sum * h).Within(1e-6));
    }

    [Test]
    public void Positrons_AreQuenchedWithinAPercentOfElectrons()
    {
        var positrons = BirksQuenching.ForPositrons(0.0115, ElectronStoppingPower.Pseudocumene);
        Assert.That(positrons.QuenchedEnergy(0.5), Is.EqualTo(Electrons.QuenchedEnergy(0.5)).Within(1).Percent);
    }

    [TestCase(-0.001)]
    [TestCase(0.5)]
    [TestCase(double.NaN)]
    public void ForElectrons_KbOutsideRange_ThrowsNamingKb(double kb)
    {
        var ex = Assert.Throws<UserInputException>(() => BirksQuenching.ForElectrons(kb, ElectronStoppingPower.Pseudocumene));
        Assert.That(ex!.Message, Does.StartWith("Kb"));
    }
}
