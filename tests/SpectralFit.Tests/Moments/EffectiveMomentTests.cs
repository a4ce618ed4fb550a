using System.Numerics;
using SolarFlux;
using SolarFlux.Oscillations;
using SpectralFit.Moments;

namespace SpectralFit.Tests.Moments;

public class EffectiveMomentTests
{
    private static double Sq(Complex z) => z.Magnitude * z.Magnitude;

    [Test]
    public void Squared_MajoranaFlavourBasis_ReactorAndSpallationMatchGrimusSchwetz()
    {
        // physics.md §5 (Grimus & Schwetz 2000): reactor mu_R^2 = |Lambda_mu|^2 + |Lambda_tau|^2;
        // prompt nu_mu: a_- = (0,1,0) gives sum_b |lambda_b,mu|^2 = |Lambda_e|^2 + |Lambda_tau|^2.
        var rng = new Random(42);
        var pmns = MomentTestData.RandomPmns(rng);
        for (int trial = 0; trial < 20; trial++)
        {
            var lam = MomentTestData.RandomVector(rng, 1e-11);
            var m = MomentMatrix.Majorana(lam, MomentBasis.Flavour);
            double e = Sq(lam.X0), mu = Sq(lam.X1), tau = Sq(lam.X2);
            Assert.That(EffectiveMoment.Squared(m, IncomingState.ReactorAntiNuE, pmns), Is.EqualTo(mu + tau).Within(1e-9 * (mu + tau)));
            Assert.That(EffectiveMoment.Squared(m, IncomingState.SpallationPromptNuMu, pmns), Is.EqualTo(e + tau).Within(1e-9 * (e + tau)));
            Assert.That(EffectiveMoment.Squared(m, IncomingState.SpallationDelayedNuE, pmns), Is.EqualTo(mu + tau).Within(1e-9 * (mu + tau)));
            Assert.That(EffectiveMoment.Squared(m, IncomingState.SpallationDelayedAntiNuMu, pmns), Is.EqualTo(e + tau).Within(1e-9 * (e + tau)));
        }
    }

    [Test]
    public void Squared_DiracFlavourDiagonal_IsTheFlavourMomentSquared()
    {
        var pmns = PmnsMatrix.Standard(MomentTestData.S12Sq, MomentTestData.S13Sq, MomentTestData.S23Sq);
        var m = MomentMatrix.DiracDiagonal(new ComplexVector3(2, new Complex(0, 3), 5), MomentBasis.Flavour);
        Assert.That(EffectiveMoment.Of(m, IncomingState.ReactorAntiNuE, pmns), Is.EqualTo(2).Within(1e-14));
        Assert.That(EffectiveMoment.Of(m, IncomingState.SpallationPromptNuMu, pmns), Is.EqualTo(3).Within(1e-14));
        Assert.That(EffectiveMoment.Of(m, IncomingState.SpallationDelayedAntiNuMu, pmns), Is.EqualTo(3).Within(1e-14));
    }

    [Test]
    public void Squared_DiracMassDiagonalReactor_IsSumOfUej2TimesMuJj2()
    {
        // Dirac, lambda~ = diag(mu_j): reactor mu^2 = sum_j |U_ej|^2 |mu_jj|^2 (no phase dependence).
        var rng = new Random(8);
        var pmns = MomentTestData.RandomPmns(rng);
        var diag = MomentTestData.RandomVector(rng);
        var m = MomentMatrix.DiracDiagonal(diag, MomentBasis.Mass);
        double expected = 0;
        for (int j = 0; j < 3; j++)
            expected += pmns.ElectronRowSquared(j) * Sq(diag[j]);
        Assert.That(EffectiveMoment.Squared(m, IncomingState.ReactorAntiNuE, pmns), Is.EqualTo(expected).Within(1e-14));
    }

    [TestCase(NeutrinoNature.Dirac)]
    [TestCase(NeutrinoNature.Majorana)]
    public void Squared_MassAndFlavourBasis_GiveIdenticalEffectiveMoments(NeutrinoNature nature)
    {
        var rng = new Random(nature == NeutrinoNature.Dirac ? 101 : 202);
        for (int trial = 0; trial < 20; trial++)
        {
            var pmns = MomentTestData.RandomPmns(rng);
            var flavour = MomentTestData.RandomMoments(rng, nature, MomentBasis.Flavour);
            var mass = flavour.InMassBasis(pmns);
            foreach (var state in MomentTestData.ShortBaselineStates)
            {
                double f = EffectiveMoment.Squared(flavour, state, pmns);
                Assert.That(EffectiveMoment.Squared(mass, state, pmns), Is.EqualTo(f).Within(1e-12 * f), state.Name);
            }
            var p = MomentTestData.RandomMassStates(rng);
            double solar = EffectiveMoment.SolarSquared(flavour, p, pmns);
            Assert.That(EffectiveMoment.SolarSquared(mass, p, pmns), Is.EqualTo(solar).Within(1e-12 * solar));
        }
    }

    [Test]
    public void SolarSquared_MajoranaMassBasis_DoesNotDependOnAnyPhase()
    {
        // physics.md §5: solar mu_eff is independent of all phases (zeta_i, delta_CP, Majorana phases).
        var rng = new Random(2017);
        var moduli = new[] { 1.3e-11, 0.4e-11, 2.2e-11 };
        var p = new MassStateProbabilities(0.55, 0.42, 0.03);
        double reference = EffectiveMoment.SolarSquared(
            MomentMatrix.Majorana(new ComplexVector3(moduli[0], moduli[1], moduli[2]), MomentBasis.Mass), p,
            PmnsMatrix.Standard(MomentTestData.S12Sq, MomentTestData.S13Sq, MomentTestData.S23Sq));
        for (int trial = 0; trial < 50; trial++)
        {
            var lam = new ComplexVector3(
                Complex.FromPolarCoordinates(moduli[0], MomentTestData.RandomPhase(rng)),
                Complex.FromPolarCoordinates(moduli[1], MomentTestData.RandomPhase(rng)),
                Complex.FromPolarCoordinates(moduli[2], MomentTestData.RandomPhase(rng)));
            var pmns = PmnsMatrix.Standard(MomentTestData.S12Sq, MomentTestData.S13Sq, MomentTestData.S23Sq,
                MomentTestData.RandomPhase(rng), MomentTestData.RandomPhase(rng), MomentTestData.RandomPhase(rng));
            double solar = EffectiveMoment.SolarSquared(MomentMatrix.Majorana(lam, MomentBasis.Mass), p, pmns);
            Assert.That(solar, Is.EqualTo(reference).Within(1e-12 * reference));
        }
    }

    [Test]
    public void SolarSquared_DiracMassBasis_DoesNotDependOnAnyPhase()
    {
        var rng = new Random(99);
        var p = new MassStateProbabilities(0.6, 0.37, 0.03);
        var mu = MomentTestData.RandomHermitian(rng);
        var d = MomentTestData.RandomHermitian(rng);
        var m = MomentMatrix.Dirac(mu, d, MomentBasis.Mass);
        double reference = EffectiveMoment.SolarSquared(m, p, MomentTestData.RandomPmns(rng));
        for (int trial = 0; trial < 20; trial++)
            Assert.That(EffectiveMoment.SolarSquared(m, p, MomentTestData.RandomPmns(rng)), Is.EqualTo(reference).Within(1e-12 * reference));
    }

    [Test]
    public void SolarSquared_Majorana_ReproducesPhysicsMdMassBasisFormula()
    {
        // physics.md §5: P_e1 (mu12^2 + mu13^2) + P_e2 (mu12^2 + mu23^2) + P_e3 (mu13^2 + mu23^2),
        // mu_12 = |Lambda_3|, mu_13 = |Lambda_2|, mu_23 = |Lambda_1|.
        var p = new MassStateProbabilities(0.5, 0.47, 0.03);
        double mu23 = 1.0, mu13 = 2.0, mu12 = 3.0;
        var m = MomentMatrix.Majorana(new ComplexVector3(mu23, new Complex(0, mu13), Complex.FromPolarCoordinates(mu12, 0.3)), MomentBasis.Mass);
        double expected = p.Pe1 * (mu12 * mu12 + mu13 * mu13) + p.Pe2 * (mu12 * mu12 + mu23 * mu23) + p.Pe3 * (mu13 * mu13 + mu23 * mu23);
        Assert.That(EffectiveMoment.SolarSquared(m, p, PmnsMatrix.Standard(0.3, 0.02, 0.5)), Is.EqualTo(expected).Within(1e-13));
    }

    [Test]
    public void SolarSquared_DiracFlavourDiagonalWithTheta13Zero_EqualsPhysicsMdFlavourFormula()
    {
        // With theta13 = 0 the flavour formula P_ee mu_e^2 + (1 - P_ee)(c23^2 mu_mu^2 + s23^2 mu_tau^2) is exact.
        var pmns = PmnsMatrix.Standard(MomentTestData.S12Sq, 0, MomentTestData.S23Sq, deltaCp: 1.0);
        var p = new MassStateProbabilities(0.62, 0.38, 0);
        double muE = 1, muMu = 2, muTau = 3;
        var m = MomentMatrix.DiracDiagonal(new ComplexVector3(muE, muMu, muTau), MomentBasis.Flavour);
        double pee = p.Pe1 * pmns.ElectronRowSquared(0) + p.Pe2 * pmns.ElectronRowSquared(1);
        double expected = pee * muE * muE + (1 - pee) * ((1 - MomentTestData.S23Sq) * muMu * muMu + MomentTestData.S23Sq * muTau * muTau);
        Assert.That(EffectiveMoment.SolarSquared(m, p, pmns), Is.EqualTo(expected).Within(1e-13));
    }

    [Test]
    public void Solar_WeightedSignal_AveragesMuEffSquaredOverSpeciesAndEnergy()
    {
        var pp = new MassStateProbabilities(0.6, 0.38, 0.02);
        var be7 = new MassStateProbabilities(0.5, 0.48, 0.02);
        var survival = new FixedSurvival((s, _) => s == NeutrinoSpecies.Pp ? pp : be7);
        var pmns = PmnsMatrix.Standard(MomentTestData.S12Sq, MomentTestData.S13Sq, MomentTestData.S23Sq);
        var m = MomentMatrix.DiracDiagonal(new ComplexVector3(1, 2, 3), MomentBasis.Mass);
        WeightedNeutrino[] signal = [new(NeutrinoSpecies.Pp, 0.3, 3), new(NeutrinoSpecies.Be7, 0.8613, 1)];
        double expected = Math.Sqrt(0.75 * EffectiveMoment.SolarSquared(m, pp, pmns) + 0.25 * EffectiveMoment.SolarSquared(m, be7, pmns));
        Assert.That(EffectiveMoment.Solar(m, pmns, survival, signal), Is.EqualTo(expected).Within(1e-14));
        Assert.That(EffectiveMoment.Solar(m, pmns, survival, NeutrinoSpecies.Be7, 0.8613),
            Is.EqualTo(Math.Sqrt(EffectiveMoment.SolarSquared(m, be7, pmns))).Within(1e-14));
    }
}
