using SolarFlux.Oscillations;

namespace SpectralFit.Moments;

/// <summary>
/// What a solar moment limit depends on: the mixing (for |U_ej|^2 and theta23) and the mass-state probabilities
/// averaged over the detector's magnetic-moment signal. One scenario per mass ordering / theta23 octant.
/// </summary>
/// <param name="Label">Names the choice, e.g. "pdg2016 normal ordering, sin^2 theta23 = 0.51".</param>
/// <param name="Pmns">Mixing matrix of that choice.</param>
/// <param name="MassStates">Signal-averaged P_e1, P_e2, P_e3 (see <see cref="SolarSignalAverage"/>).</param>
public sealed record SolarMixingScenario(string Label, PmnsMatrix Pmns, MassStateProbabilities MassStates)
{
    /// <summary>P_ee = sum_j P_ej |U_ej|^2 (physics.md §3).</summary>
    public double Pee =>
        MassStates.Pe1 * Pmns.ElectronRowSquared(0) + MassStates.Pe2 * Pmns.ElectronRowSquared(1)
        + MassStates.Pe3 * Pmns.ElectronRowSquared(2);

    /// <summary>The same scenario in the other theta23 octant: sin^2 theta23 -> 1 - sin^2 theta23.</summary>
    public SolarMixingScenario OtherOctant() => this with
    {
        Label = $"{Label}, other octant (sin^2 theta23 = {1 - Pmns.Sin2Theta23:G3})",
        Pmns = PmnsMatrix.Standard(Pmns.Sin2Theta12, Pmns.Sin2Theta13, 1 - Pmns.Sin2Theta23,
            Pmns.DeltaCp, Pmns.Alpha21, Pmns.Alpha31),
    };
}
