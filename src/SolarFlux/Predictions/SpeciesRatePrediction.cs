namespace SolarFlux.Predictions;

/// <summary>
/// One row of <see cref="SolarRatePrediction"/>: a species (or the CNO group) with its SSM flux [cm^-2 s^-1], its
/// Borexino-like interaction rate for T &gt; 0 [cpd/100t] and its mean survival probability (averaged over the
/// spectrum weighted by the nu_e scattering rate; for CNO the members weighted by their unoscillated rates).
/// </summary>
public sealed record SpeciesRatePrediction(string Name, double Flux, double Rate, double MeanSurvivalProbability);
