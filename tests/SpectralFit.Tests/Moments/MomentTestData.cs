using System.Numerics;
using SolarFlux;
using SolarFlux.Oscillations;
using SpectralFit.Moments;

namespace SpectralFit.Tests.Moments;

/// <summary>Seeded random moments, mixing and mass-state probabilities for the moment tests.</summary>
internal static class MomentTestData
{
    // PDG 2016 normal ordering (physics.md §3).
    public const double S12Sq = 0.304, S13Sq = 0.0219, S23Sq = 0.51;

    public static PmnsMatrix RandomPmns(Random rng) => PmnsMatrix.Standard(
        rng.NextDouble(), 0.1 * rng.NextDouble(), rng.NextDouble(),
        RandomPhase(rng), RandomPhase(rng), RandomPhase(rng));

    public static double RandomPhase(Random rng) => 2 * Math.PI * rng.NextDouble() - Math.PI;

    public static Complex RandomComplex(Random rng, double scale = 1) =>
        Complex.FromPolarCoordinates(scale * rng.NextDouble(), RandomPhase(rng));

    public static ComplexVector3 RandomVector(Random rng, double scale = 1) =>
        new(RandomComplex(rng, scale), RandomComplex(rng, scale), RandomComplex(rng, scale));

    public static ComplexMatrix3 RandomHermitian(Random rng, double scale = 1)
    {
        var m = ComplexMatrix3.Create((_, _) => RandomComplex(rng, scale));
        return new Complex(0.5, 0) * (m + m.Adjoint());
    }

    public static MomentMatrix RandomMoments(Random rng, NeutrinoNature nature, MomentBasis basis) =>
        nature == NeutrinoNature.Majorana
            ? MomentMatrix.Majorana(RandomVector(rng, 1e-11), basis)
            : MomentMatrix.Dirac(RandomHermitian(rng, 1e-11), RandomHermitian(rng, 1e-11), basis);

    public static MassStateProbabilities RandomMassStates(Random rng)
    {
        double a = rng.NextDouble(), b = rng.NextDouble(), c = rng.NextDouble();
        double s = a + b + c;
        return new MassStateProbabilities(a / s, b / s, c / s);
    }

    public static IEnumerable<IncomingState> ShortBaselineStates =>
    [
        IncomingState.ReactorAntiNuE, IncomingState.SpallationPromptNuMu,
        IncomingState.SpallationDelayedNuE, IncomingState.SpallationDelayedAntiNuMu,
    ];
}

/// <summary>A survival probability with mass-state probabilities given per species (energy-independent).</summary>
internal sealed class FixedSurvival(Func<NeutrinoSpecies, double, MassStateProbabilities> massStates) : ISurvivalProbability
{
    public double Pee(NeutrinoSpecies species, double energy) =>
        throw new NotSupportedException("not used by the moment code");

    public MassStateProbabilities MassStates(NeutrinoSpecies species, double energy) => massStates(species, energy);
}
