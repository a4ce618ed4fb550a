using SolarFlux.Recoil;

namespace SolarFlux.Tests.Recoil;

public class RecoilSpectrumTests
{
    private static RecoilSpectrum Sample() =>
        new(NeutrinoSpecies.Be7, [0.1, 0.2, 0.4], [10.0, 20.0, 0.0], [4.0, 2.0, 1.0]);

    [Test]
    public void Interpolation_IsLinearBetweenGridPoints()
    {
        var s = Sample();
        Assert.That(s.StandardModelAt(0.15), Is.EqualTo(15.0).Within(1e-12));
        Assert.That(s.StandardModelAt(0.3), Is.EqualTo(10.0).Within(1e-12));
        Assert.That(s.MagneticMomentAt(0.4), Is.EqualTo(1.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => s.StandardModelAt(0.05));
    }

    [Test]
    public void Integrals_AreExactForTheLinearInterpolant()
    {
        var s = Sample();
        // 0.1..0.2: trapezoid 0.1*(10+20)/2 = 1.5; 0.2..0.4: 0.2*(20+0)/2 = 2.0
        Assert.That(s.IntegrateStandardModel(0.1, 0.4), Is.EqualTo(3.5).Within(1e-12));
        // 0.15..0.3: 0.05*(15+20)/2 + 0.1*(20+10)/2 = 0.875 + 1.5
        Assert.That(s.IntegrateStandardModel(0.15, 0.3), Is.EqualTo(2.375).Within(1e-12));
        Assert.That(s.IntegrateMagneticMoment(0.1, 0.2), Is.EqualTo(0.3).Within(1e-12));
    }

    [Test]
    public void DensityAt_ScalesMomentPartByMomentSquared()
    {
        var s = Sample();
        Assert.That(RecoilSpectrum.MomentScale(2e-11), Is.EqualTo(4.0).Within(1e-12));
        Assert.That(s.DensityAt(0.1, 3e-11), Is.EqualTo(10.0 + 9.0 * 4.0).Within(1e-9));
        Assert.That(s.DensityAt(0.1, 0.0), Is.EqualTo(10.0));
    }

    [Test]
    public void Constructor_RejectsMismatchedOrNonFiniteInput()
    {
        Assert.Throws<ArgumentException>(() => new RecoilSpectrum(NeutrinoSpecies.Pp, [0.1, 0.2], [1.0], [1.0, 2.0]));
        Assert.Throws<ArgumentException>(() => new RecoilSpectrum(NeutrinoSpecies.Pp, [0.1, 0.2], [1.0, double.NaN], [1.0, 2.0]));
    }
}
