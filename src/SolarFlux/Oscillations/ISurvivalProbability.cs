namespace SolarFlux.Oscillations;

/// <summary>
/// Electron-neutrino survival at Earth for a species (averaged over its production region) and
/// neutrino energy [MeV]. Implementations must be thread-safe and cheap to call in loops.
/// </summary>
public interface ISurvivalProbability
{
    /// <summary>P_ee = sum_i P_ei |U_ei|^2.</summary>
    double Pee(NeutrinoSpecies species, double energy);

    /// <summary>P_e1, P_e2, P_e3 at Earth.</summary>
    MassStateProbabilities MassStates(NeutrinoSpecies species, double energy);
}
