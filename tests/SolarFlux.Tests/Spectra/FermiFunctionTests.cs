using SolarFlux.Spectra;

namespace SolarFlux.Tests.Spectra;

public class FermiFunctionTests
{
    [TestCase(BetaDecayKind.BetaMinus)]
    [TestCase(BetaDecayKind.BetaPlus)]
    public void Value_ZeroCharge_IsOne(BetaDecayKind kind)
    {
        var f = FermiFunction.ForNucleus(0, 1, kind);
        foreach (double w in new[] { 1.001, 1.5, 3.0, 20.0 })
            Assert.That(f.Value(w), Is.EqualTo(1.0).Within(1e-12));
    }

    [Test]
    public void Value_LowEnergy_BetaMinusEnhancesAndBetaPlusSuppresses()
    {
        var minus = FermiFunction.ForNucleus(7, 14, BetaDecayKind.BetaMinus);
        var plus = FermiFunction.ForNucleus(7, 14, BetaDecayKind.BetaPlus);
        double w = 1 + 0.02 / PhysicalConstants.ElectronMass;   // 20 keV lepton
        Assert.That(minus.Value(w), Is.GreaterThan(1.5));
        Assert.That(plus.Value(w), Is.LessThan(0.6));
        // Ultra-relativistic limit: eta -> +-alpha Z, so F0 -> 1 +- pi alpha Z (to first order in alpha Z).
        double piAlphaZ = Math.PI * PhysicalConstants.FineStructure * 7;
        Assert.That(minus.ValueAtKineticEnergy(50), Is.EqualTo(1 + piAlphaZ).Within(3).Percent);
        Assert.That(plus.ValueAtKineticEnergy(50), Is.EqualTo(1 - piAlphaZ).Within(3).Percent);
    }

    [TestCase(0.01)]
    [TestCase(0.1)]
    [TestCase(1.0)]
    public void Value_SmallCharge_ApproachesNonRelativisticFermiFunction(double kineticEnergy)
    {
        // For alpha Z << 1, F0 -> 2 pi eta / (1 - exp(-2 pi eta)) (Fermi 1934; e.g. Krane, Introductory Nuclear Physics, ch. 9).
        var f = FermiFunction.ForNucleus(1, 2, BetaDecayKind.BetaMinus);
        double w = 1 + kineticEnergy / PhysicalConstants.ElectronMass;
        double p = Math.Sqrt(w * w - 1);
        double eta = PhysicalConstants.FineStructure * w / p;
        double nonRelativistic = 2 * Math.PI * eta / (1 - Math.Exp(-2 * Math.PI * eta));
        Assert.That(f.Value(w), Is.EqualTo(nonRelativistic).Within(0.5).Percent);
    }

    [Test]
    public void MomentumTimesValue_AtZeroMomentum_IsFiniteForBetaMinusAndZeroForBetaPlus()
    {
        var minus = FermiFunction.ForNucleus(84, 210, BetaDecayKind.BetaMinus);
        var plus = FermiFunction.ForNucleus(5, 11, BetaDecayKind.BetaPlus);
        double atZero = minus.MomentumTimesValue(1, 0);
        double nearZero = minus.MomentumTimesValue(1 + 1e-8, Math.Sqrt(2e-8));
        Assert.That(double.IsFinite(atZero) && atZero > 0);
        Assert.That(nearZero, Is.EqualTo(atZero).Within(2).Percent);
        Assert.That(plus.MomentumTimesValue(1, 0), Is.Zero);
        Assert.That(plus.MomentumTimesValue(1.0005, Math.Sqrt(1.0005 * 1.0005 - 1)), Is.LessThan(1e-3));
    }
}
