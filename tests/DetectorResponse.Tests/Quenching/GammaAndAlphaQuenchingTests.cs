using DetectorResponse.Quenching;
using SolarFlux.Common;

namespace DetectorResponse.Tests.Quenching;

public class GammaAndAlphaQuenchingTests
{
    private static readonly ChargedLeptonLight Electrons = ChargedLeptonLight.Electrons(0.0115);
    private static readonly GammaQuenching Gammas = new(Electrons, 3.0);

    [Test]
    public void Gamma_IsQuenchedMoreThanOneElectronOfTheSameEnergy()
    {
        foreach (double e in new[] { 0.2, 0.511, 1.0, 1.46, 2.614 })
        {
            double qGamma = Gammas.QuenchingFactor(e), qElectron = Electrons.Quenching.QuenchingFactor(e);
            TestContext.Out.WriteLine($"E = {e}: Q_gamma = {qGamma:F4}, Q_e = {qElectron:F4}, T_ee(fCh=0) = {Gammas.ElectronEquivalentEnergy(e, 0):F4}");
            Assert.That(qGamma, Is.LessThan(qElectron));
            Assert.That(qGamma, Is.GreaterThan(0.7 * qElectron));
        }
    }

    [Test]
    public void Gamma_BelowPhotoabsorptionEdge_EqualsElectron()
    {
        Assert.That(Gammas.Scintillation(0.016), Is.EqualTo(Electrons.Scintillation(0.016)).Within(1e-4));
    }

    [Test]
    public void Gamma_QuenchingFactor_IncreasesWithEnergy()
    {
        double previous = 0;
        for (double e = 0.05; e < 3.0; e += 0.05)
        {
            double q = Gammas.QuenchingFactor(e);
            Assert.That(q, Is.GreaterThan(previous), $"E = {e}");
            previous = q;
        }
    }

    [Test]
    public void Alpha_Po210_ShowsUpNearFourHundredKeVElectronEquivalent()
    {
        // physics.md §6: 210Po (5.30 MeV) near 0.4 MeV electron-equivalent, quenched ~13x.
        var alpha = new AlphaQuenching(Electrons);
        double tee = alpha.ElectronEquivalentEnergy(AlphaQuenching.Po210AlphaEnergy);
        Assert.That(tee, Is.EqualTo(0.40).Within(0.03));
        Assert.That(AlphaQuenching.Po210AlphaEnergy / tee, Is.EqualTo(13).Within(1));
        Assert.That(alpha.VisibleEnergy(AlphaQuenching.Po210AlphaEnergy, 0), Is.EqualTo(Electrons.Scintillation(tee)));
    }

    [Test]
    public void Alpha_FactorOutOfRange_Throws()
    {
        var ex = Assert.Throws<UserInputException>(() => new AlphaQuenching(Electrons, 1.0));
        Assert.That(ex!.Message, Does.Contain("alpha quenching factor"));
    }
}
