using SolarFlux.Oscillations;

namespace SolarFlux.Tests.TestDoubles;

/// <summary>P_ee given by a function of energy (the same for every species); mass states not modelled.</summary>
public sealed class FixedSurvival(Func<double, double> pee) : ISurvivalProbability
{
    public static FixedSurvival Constant(double value) => new(_ => value);

    /// <summary>An MSW-LMA-like shape: 0.55 at low energy falling to 0.32 above a few MeV.</summary>
    public static FixedSurvival LmaLike { get; } = new(e => 0.435 - 0.115 * Math.Tanh((e - 2.0) / 1.2));

    public double Pee(NeutrinoSpecies species, double energy) => pee(energy);

    public MassStateProbabilities MassStates(NeutrinoSpecies species, double energy) =>
        throw new NotSupportedException("not needed by these tests");
}
