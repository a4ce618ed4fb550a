namespace SolarFlux.Oscillations;

/// <summary>
/// Probabilities that a solar nu_e arrives at Earth as mass state 1, 2 or 3 (incoherent sum,
/// physics.md §3). They sum to 1.
/// </summary>
public readonly record struct MassStateProbabilities(double Pe1, double Pe2, double Pe3);
