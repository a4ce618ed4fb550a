using SolarFlux.Common;
using SolarFlux.Oscillations;
using SpectralFit.Moments;

namespace SpectralFit.Tests.Moments;

public class SolarMomentLimitsTests
{
    private const double MuEff = 2.8e-11; // Borexino Phase-II, PRD 96, 091103 (2017)

    private static SolarMixingScenario Scenario(double s23Sq, MassStateProbabilities p, string label = "test") =>
        new(label, PmnsMatrix.Standard(MomentTestData.S12Sq, MomentTestData.S13Sq, s23Sq), p);

    [Test]
    public void For_FlavourLimits_SaturateThePhysicsMdFlavourFormula()
    {
        // physics.md §5: mu_eff^2 = P_ee mu_e^2 + (1 - P_ee)(c23^2 mu_mu^2 + s23^2 mu_tau^2); each limit, with the
        // other moments zero, must give back exactly mu_eff.
        var scenario = Scenario(0.51, new MassStateProbabilities(0.55, 0.428, 0.022));
        var limits = SolarMomentLimits.For(MuEff, scenario);
        double pee = scenario.Pee;
        double MuEffOf(double muE, double muMu, double muTau) =>
            Math.Sqrt(pee * muE * muE + (1 - pee) * (0.49 * muMu * muMu + 0.51 * muTau * muTau));
        Assert.That(MuEffOf(limits.FlavourE.Value, 0, 0), Is.EqualTo(MuEff).Within(1e-24));
        Assert.That(MuEffOf(0, limits.FlavourMu.Value, 0), Is.EqualTo(MuEff).Within(1e-24));
        Assert.That(MuEffOf(0, 0, limits.FlavourTau.Value), Is.EqualTo(MuEff).Within(1e-24));
    }

    [Test]
    public void For_MassBasisLimits_SaturateTheGeneralSolarEffectiveMoment()
    {
        var rng = new Random(31);
        var pmns = MomentTestData.RandomPmns(rng);
        var p = new MassStateProbabilities(0.55, 0.428, 0.022);
        var limits = SolarMomentLimits.For(MuEff, new SolarMixingScenario("test", pmns, p));
        double Solar(MomentMatrix m) => Math.Sqrt(EffectiveMoment.SolarSquared(m, p, pmns));
        MomentMatrix Dirac(int j, double v) => MomentMatrix.DiracDiagonal(
            new ComplexVector3(j == 0 ? v : 0, j == 1 ? v : 0, j == 2 ? v : 0), MomentBasis.Mass);
        // mu_ab is |Lambda_c| with c the third index.
        MomentMatrix Majorana(int c, double v) => MomentMatrix.Majorana(
            new ComplexVector3(c == 0 ? v : 0, c == 1 ? v : 0, c == 2 ? v : 0), MomentBasis.Mass);
        Assert.That(Solar(Dirac(0, limits.Dirac11.Value)), Is.EqualTo(MuEff).Within(1e-24));
        Assert.That(Solar(Dirac(1, limits.Dirac22.Value)), Is.EqualTo(MuEff).Within(1e-24));
        Assert.That(Solar(Dirac(2, limits.Dirac33.Value)), Is.EqualTo(MuEff).Within(1e-24));
        Assert.That(Solar(Majorana(2, limits.Majorana12.Value)), Is.EqualTo(MuEff).Within(1e-24));
        Assert.That(Solar(Majorana(1, limits.Majorana13.Value)), Is.EqualTo(MuEff).Within(1e-24));
        Assert.That(Solar(Majorana(0, limits.Majorana23.Value)), Is.EqualTo(MuEff).Within(1e-24));
    }

    [Test]
    public void Conservative_Theta23Octant_TakesTheWeakerOctantForMuAndTau()
    {
        // sin^2 theta23 = 0.51 or its mirror 0.49: mu_mu ~ 1/c23 is weakest at c23^2 = 0.49, mu_tau ~ 1/s23 at s23^2 = 0.49.
        var p = new MassStateProbabilities(0.55, 0.428, 0.022);
        var limits = SolarMomentLimits.Conservative(MuEff, [Scenario(0.51, p, "NO")]);
        double pee = Scenario(0.51, p).Pee;
        Assert.That(limits.FlavourMu.Value, Is.EqualTo(MuEff / Math.Sqrt((1 - pee) * 0.49)).Within(1e-24));
        Assert.That(limits.FlavourTau.Value, Is.EqualTo(MuEff / Math.Sqrt((1 - pee) * 0.49)).Within(1e-24));
        Assert.That(limits.FlavourMu.Scenario, Is.EqualTo("NO"));
        Assert.That(limits.FlavourTau.Scenario, Does.Contain("other octant"));
    }

    [Test]
    public void Conservative_TwoOrderings_KeepsTheWeakerLimitForEachMoment()
    {
        var no = Scenario(0.51, new MassStateProbabilities(0.56, 0.42, 0.02), "NO");
        var io = Scenario(0.50, new MassStateProbabilities(0.54, 0.43, 0.03), "IO");
        var limits = SolarMomentLimits.Conservative(MuEff, [no, io]);
        Assert.That(limits.Dirac11.Scenario, Is.EqualTo("IO"));   // smaller P_e1
        Assert.That(limits.Dirac33.Scenario, Does.StartWith("NO")); // smaller P_e3
        Assert.That(limits.Dirac11.Value, Is.EqualTo(MuEff / Math.Sqrt(0.54)).Within(1e-24));
        Assert.That(limits.Dirac33.Value, Is.EqualTo(MuEff / Math.Sqrt(0.02)).Within(1e-24));
    }

    [Test]
    public void For_Pdg2016VacuumLimit_GivesTheTextbookNumbers()
    {
        // Vacuum-dominated (low-energy) limit: P_e1 = c12^2 c13^2, P_e2 = s12^2 c13^2, P_e3 = s13^2 (physics.md §3
        // with beta -> 0). Then mu_33 = mu_eff / s13 and mu_12 = mu_eff / c13.
        double c13Sq = 1 - MomentTestData.S13Sq;
        var p = new MassStateProbabilities((1 - MomentTestData.S12Sq) * c13Sq, MomentTestData.S12Sq * c13Sq, MomentTestData.S13Sq);
        var limits = SolarMomentLimits.For(MuEff, Scenario(0.51, p));
        Assert.That(limits.Dirac33.Value, Is.EqualTo(MuEff / Math.Sqrt(0.0219)).Within(1e-24));
        Assert.That(limits.Majorana12.Value, Is.EqualTo(MuEff / Math.Sqrt(c13Sq)).Within(1e-24));
        Assert.That(limits.Dirac33.Value, Is.EqualTo(18.92e-11).Within(0.01e-11));
    }

    [TestCase(0.0)]
    [TestCase(-1e-11)]
    [TestCase(double.NaN)]
    public void For_NonPositiveOrNonFiniteLimit_Throws(double muEff)
    {
        var e = Assert.Throws<UserInputException>(() =>
            SolarMomentLimits.For(muEff, Scenario(0.5, new MassStateProbabilities(0.5, 0.48, 0.02))));
        Assert.That(e!.Message, Does.StartWith("mu_eff limit"));
    }
}
