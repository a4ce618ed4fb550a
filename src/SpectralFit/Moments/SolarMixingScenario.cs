using System.Globalization;
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
    public double Pee => FlavourProbability(0);

    /// <summary>
    /// P_e-alpha = sum_j P_ej |U_alpha j|^2 for flavour alpha = 0 (e), 1 (mu), 2 (tau): the weight of a flavour-diagonal
    /// moment mu_alpha in the solar mu_eff^2 (incoherent mass states). Exact; physics.md §5 writes the mu and tau
    /// weights as (1 - P_ee) c23^2 and (1 - P_ee) s23^2, its theta13 -> 0 limit, which drops O(s13) terms that
    /// depend on delta_CP (pdg2016 angles: the mu weight moves by about +-4% over delta_CP).
    /// </summary>
    public double FlavourProbability(int flavour)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(flavour);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(flavour, 2);
        double Row(int j) => Pmns.U[flavour, j].Magnitude * Pmns.U[flavour, j].Magnitude;
        return MassStates.Pe1 * Row(0) + MassStates.Pe2 * Row(1) + MassStates.Pe3 * Row(2);
    }

    /// <summary>The same scenario with another Dirac phase delta_CP [rad] (P_ej do not depend on it).</summary>
    public SolarMixingScenario WithDeltaCp(double deltaCp) => this with
    {
        Label = string.Create(CultureInfo.InvariantCulture, $"{Label}, delta_CP = {deltaCp * 180 / Math.PI:F0} deg"),
        Pmns = PmnsMatrix.Standard(Pmns.Sin2Theta12, Pmns.Sin2Theta13, Pmns.Sin2Theta23,
            deltaCp, Pmns.Alpha21, Pmns.Alpha31),
    };

    /// <summary>The same scenario in the other theta23 octant: sin^2 theta23 -> 1 - sin^2 theta23.</summary>
    public SolarMixingScenario OtherOctant() => this with
    {
        Label = $"{Label}, other octant (sin^2 theta23 = {1 - Pmns.Sin2Theta23:G3})",
        Pmns = PmnsMatrix.Standard(Pmns.Sin2Theta12, Pmns.Sin2Theta13, 1 - Pmns.Sin2Theta23,
            Pmns.DeltaCp, Pmns.Alpha21, Pmns.Alpha31),
    };
}
