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
    public void For_FlavourLimits_SaturateTheGeneralSolarEffectiveMoment()
    {
        // Each flavour limit, with the other moments zero, must give back exactly mu_eff from the general
        // mu_eff^2 = sum_j P_ej sum_k |lambda~_kj|^2 (flavour-diagonal Dirac moments, random mixing and delta_CP).
        var rng = new Random(17);
        for (int trial = 0; trial < 20; trial++)
        {
            var pmns = MomentTestData.RandomPmns(rng);
            var p = MomentTestData.RandomMassStates(rng);
            var limits = SolarMomentLimits.For(MuEff, new SolarMixingScenario("test", pmns, p));
            double Solar(int alpha, double v) => Math.Sqrt(EffectiveMoment.SolarSquared(MomentMatrix.DiracDiagonal(
                new ComplexVector3(alpha == 0 ? v : 0, alpha == 1 ? v : 0, alpha == 2 ? v : 0), MomentBasis.Flavour), p, pmns));
            Assert.That(Solar(0, limits.FlavourE.Value), Is.EqualTo(MuEff).Within(1e-9).Percent);
            Assert.That(Solar(1, limits.FlavourMu.Value), Is.EqualTo(MuEff).Within(1e-9).Percent);
            Assert.That(Solar(2, limits.FlavourTau.Value), Is.EqualTo(MuEff).Within(1e-9).Percent);
        }
    }

    [Test]
    public void For_FlavourLimits_ReduceToThePhysicsMdFormulaForTheta13Zero()
    {
        // physics.md §5: mu_eff^2 = P_ee mu_e^2 + (1 - P_ee)(c23^2 mu_mu^2 + s23^2 mu_tau^2), the s13 -> 0 limit
        // (then P_e3 = s13^2 = 0 in the MSW regime).
        var scenario = new SolarMixingScenario("s13 = 0", PmnsMatrix.Standard(MomentTestData.S12Sq, 0, 0.51, 1.2),
            new MassStateProbabilities(0.55, 0.45, 0));
        var limits = SolarMomentLimits.For(MuEff, scenario);
        double pee = scenario.Pee;
        Assert.That(limits.FlavourMu.Value, Is.EqualTo(MuEff / Math.Sqrt((1 - pee) * 0.49)).Within(1e-9).Percent);
        Assert.That(limits.FlavourTau.Value, Is.EqualTo(MuEff / Math.Sqrt((1 - pee) * 0.51)).Within(1e-9).Percent);
    }

    [Test]
    public void FlavourProbability_Pdg2016_DependsOnDeltaCpAtOrderS13()
    {
        // pdg2016 NO angles with P_ej of a pp/7Be-like signal: the exact mu weight sum_j P_ej |U_mu j|^2 spans
        // 0.2363-0.2529 over delta_CP (measured), around the physics.md value (1 - P_ee) c23^2 = 0.2439.
        var p = new MassStateProbabilities(0.55, 0.428, 0.022);
        var scenario = Scenario(0.51, p);
        var weights = SolarMomentLimits.DeltaCpGrid.Select(d => scenario.WithDeltaCp(d).FlavourProbability(1)).ToArray();
        double approx = (1 - scenario.Pee) * 0.49;
        TestContext.Out.WriteLine($"mu weight over delta_CP: {weights.Min():F4}-{weights.Max():F4}; physics.md form {approx:F4}");
        Assert.That(weights.Min(), Is.LessThan(approx).And.GreaterThan(0.9 * approx));
        Assert.That(weights.Max(), Is.GreaterThan(approx).And.LessThan(1.1 * approx));
        // The three weights are probabilities summing to one at every delta_CP (unitarity).
        foreach (double d in SolarMomentLimits.DeltaCpGrid)
        {
            var s = scenario.WithDeltaCp(d);
            Assert.That(s.FlavourProbability(0) + s.FlavourProbability(1) + s.FlavourProbability(2), Is.EqualTo(1).Within(1e-12));
            Assert.That(s.FlavourProbability(0), Is.EqualTo(scenario.Pee).Within(1e-12));
        }
    }

    [Test]
    public void Conservative_DeltaCpScan_IsAtLeastTheLimitAtEachScannedPhaseAndOctant()
    {
        var no = Scenario(0.51, new MassStateProbabilities(0.56, 0.42, 0.02), "NO");
        var io = Scenario(0.45, new MassStateProbabilities(0.54, 0.43, 0.03), "IO");
        var limits = SolarMomentLimits.Conservative(MuEff, [no, io]);
        double maxMu = 0, maxTau = 0;
        foreach (var s in new[] { no, io }.SelectMany(s => new[] { s, s.OtherOctant() }))
            foreach (double d in SolarMomentLimits.DeltaCpGrid)
            {
                var at = SolarMomentLimits.For(MuEff, s.WithDeltaCp(d));
                Assert.That(limits.FlavourMu.Value, Is.GreaterThanOrEqualTo(at.FlavourMu.Value));
                Assert.That(limits.FlavourTau.Value, Is.GreaterThanOrEqualTo(at.FlavourTau.Value));
                Assert.That(limits.FlavourE.Value, Is.GreaterThanOrEqualTo(at.FlavourE.Value));
                maxMu = Math.Max(maxMu, at.FlavourMu.Value);
                maxTau = Math.Max(maxTau, at.FlavourTau.Value);
            }
        // ... and it is attained on the grid (or at a scenario's own delta_CP, here 0 = the first grid point).
        Assert.That(limits.FlavourMu.Value, Is.EqualTo(maxMu).Within(1e-12).Percent);
        Assert.That(limits.FlavourTau.Value, Is.EqualTo(maxTau).Within(1e-12).Percent);
        Assert.That(limits.FlavourMu.Scenario, Does.Contain("delta_CP"));
        // Weaker than the octant-only choice at the scenarios' own delta_CP.
        double octantOnly = new[] { no, io }.SelectMany(s => new[] { s, s.OtherOctant() })
            .Max(s => SolarMomentLimits.For(MuEff, s).FlavourMu.Value);
        Assert.That(limits.FlavourMu.Value, Is.GreaterThan(octantOnly));
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
    public void Conservative_OctantAndDeltaCp_GiveEqualMuAndTauLimits()
    {
        // mu-tau exchange: theta23 -> pi/2 - theta23 with delta_CP -> delta_CP + pi swaps |U_mu j| and |U_tau j|,
        // and the grid holds both octants and delta_CP + pi, so the conservative mu and tau limits coincide.
        var p = new MassStateProbabilities(0.55, 0.428, 0.022);
        var limits = SolarMomentLimits.Conservative(MuEff, [Scenario(0.51, p, "NO")]);
        Assert.That(limits.FlavourMu.Value, Is.EqualTo(limits.FlavourTau.Value).Within(1e-10).Percent);
        Assert.That(limits.FlavourE.Value, Is.EqualTo(MuEff / Math.Sqrt(Scenario(0.51, p).Pee)).Within(1e-24));
        Assert.That(limits.FlavourE.Scenario, Is.EqualTo("NO"));
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
