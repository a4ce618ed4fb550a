using SolarFlux.CrossSections;

namespace SolarFlux.Tests.CrossSections;

public class MagneticMomentScatteringTests
{
    [Test]
    public void PiElectronRadiusSquared_MatchesPhysicsBrief()
    {
        // physics.md §4: pi r_e^2 = 2.495e-25 cm^2.
        Assert.That(MagneticMomentScattering.PiElectronRadiusSquared, Is.EqualTo(2.495e-25).Within(0.05).Percent);
    }

    [Test]
    public void DifferentialCrossSection_MatchesFormula()
    {
        double mu = 1e-11, e = 0.862, t = 0.2;
        double expected = 2.4946e-25 * mu * mu * (1 / t - 1 / e);
        Assert.That(MagneticMomentScattering.DifferentialCrossSection(e, t, mu), Is.EqualTo(expected).Within(0.01).Percent);
    }

    [Test]
    public void DifferentialCrossSection_RisesAsOneOverT_AtLowRecoil()
    {
        double e = 0.862, mu = 1e-11;
        double a = MagneticMomentScattering.DifferentialCrossSection(e, 1e-3, mu);
        double b = MagneticMomentScattering.DifferentialCrossSection(e, 1e-4, mu);
        Assert.That(b / a, Is.EqualTo(10.0).Within(0.2).Percent);
        // Compared with the weak term, the moment term grows relative to it at low T.
        double ratioLow = a / ElectronScattering.DifferentialCrossSection(NeutrinoFlavor.Electron, e, 1e-3);
        double ratioHigh = MagneticMomentScattering.DifferentialCrossSection(e, 0.5, mu) / ElectronScattering.DifferentialCrossSection(NeutrinoFlavor.Electron, e, 0.5);
        Assert.That(ratioLow, Is.GreaterThan(100 * ratioHigh));
    }

    [Test]
    public void DifferentialCrossSection_ScalesAsMomentSquared_AndVanishesOutsideKinematics()
    {
        double e = 0.862;
        double one = MagneticMomentScattering.DifferentialCrossSection(e, 0.3, 1e-11);
        Assert.That(MagneticMomentScattering.DifferentialCrossSection(e, 0.3, 3e-11), Is.EqualTo(9 * one).Within(1e-10).Percent);
        Assert.That(MagneticMomentScattering.DifferentialCrossSection(e, 0.7, 1e-11), Is.Zero);
        Assert.That(MagneticMomentScattering.DifferentialCrossSection(e, 0.0, 1e-11), Is.Zero);
    }
}
