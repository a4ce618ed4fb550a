using System.Numerics;
using SolarFlux.Oscillations;
using SpectralFit.Moments;

namespace SpectralFit.Tests.Moments;

public class TransitionMomentRegionTests
{
    private const double MuEff = 2.8e-11;
    private static readonly MassStateProbabilities P = new(0.55, 0.428, 0.022);
    private static readonly PmnsMatrix Pmns = PmnsMatrix.Standard(MomentTestData.S12Sq, MomentTestData.S13Sq, MomentTestData.S23Sq, deltaCp: 4.0);

    [Test]
    public void Create_MassBasis_IsTheEllipseOfPhysicsMdWithTheThirdModulusZero()
    {
        // mu_eff^2 = sum_m (1 - P_em) |Lambda~_m|^2: on the axes the limits are those of the single transition moments.
        var region = TransitionMomentRegion.Create(MomentBasis.Mass, 0, 1, MuEff, P, Pmns);
        var limits = SolarMomentLimits.For(MuEff, new SolarMixingScenario("t", Pmns, P));
        Assert.That(region.BabModulus, Is.EqualTo(0).Within(1e-15));
        Assert.That(region.MaxA, Is.EqualTo(limits.Majorana23.Value).Within(1e-24)); // |Lambda_1| = mu_23
        Assert.That(region.MaxB, Is.EqualTo(limits.Majorana13.Value).Within(1e-24)); // |Lambda_2| = mu_13
    }

    [Test]
    public void Boundary_Points_LieOnTheLimitContour()
    {
        var region = TransitionMomentRegion.Create(MomentBasis.Flavour, 0, 2, MuEff, P, Pmns);
        foreach (var (x, y) in region.Boundary(31))
            Assert.That(Math.Sqrt(region.MinimumMuEffSquared(x, y)), Is.EqualTo(MuEff).Within(1e-12 * MuEff));
        var points = region.Boundary(91);
        Assert.That(points.Max(p => p.X), Is.EqualTo(region.MaxA).Within(0.01 * region.MaxA));
        Assert.That(points.Max(p => p.Y), Is.EqualTo(region.MaxB).Within(0.01 * region.MaxB));
    }

    [TestCase(0, 1)]
    [TestCase(0, 2)]
    [TestCase(1, 2)]
    public void MinimumMuEffSquared_FlavourPlane_MatchesBruteForceOverPhasesAndThirdModulus(int a, int b)
    {
        // Independent check of the Schur-complement + phase minimization: sample phases and the third complex
        // component, evaluate the full solar mu_eff^2, and compare the smallest value with the closed form.
        var region = TransitionMomentRegion.Create(MomentBasis.Flavour, a, b, MuEff, P, Pmns);
        double x = 1.7e-11, y = 2.9e-11;
        var rng = new Random(1000 + 10 * a + b);
        double best = double.PositiveInfinity;
        for (int trial = 0; trial < 20000; trial++)
        {
            var lam = new Complex[3];
            lam[a] = Complex.FromPolarCoordinates(x, MomentTestData.RandomPhase(rng));
            lam[b] = Complex.FromPolarCoordinates(y, MomentTestData.RandomPhase(rng));
            lam[3 - a - b] = Complex.FromPolarCoordinates(4e-11 * rng.NextDouble(), MomentTestData.RandomPhase(rng));
            var m = MomentMatrix.Majorana(new ComplexVector3(lam[0], lam[1], lam[2]), MomentBasis.Flavour);
            double solar = EffectiveMoment.SolarSquared(m, P, Pmns);
            Assert.That(solar, Is.GreaterThanOrEqualTo(region.MinimumMuEffSquared(x, y) * (1 - 1e-12)));
            best = Math.Min(best, solar);
        }
        Assert.That(best, Is.EqualTo(region.MinimumMuEffSquared(x, y)).Within(0.01 * best));
    }
}
