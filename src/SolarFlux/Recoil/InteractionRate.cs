namespace SolarFlux.Recoil;

/// <summary>
/// Interaction rate of one species in the target and the survival probability it sees.
/// </summary>
/// <param name="Rate">Rate of nu-e scatterings with recoil above the threshold [cpd/100t].</param>
/// <param name="MeanSurvivalProbability">
/// P_ee averaged over the spectrum weighted by the nu_e scattering rate:
/// integral s(E) P_ee(E) sigma_e(E) dE / integral s(E) sigma_e(E) dE (lines included), i.e. the P_ee of the neutrinos
/// this detector would see without oscillation.</param>
/// <param name="UnoscillatedRate">The rate if every neutrino arrived as nu_e (P_ee = 1) [cpd/100t]; the weight to use when
/// averaging <see cref="MeanSurvivalProbability"/> over several species.</param>
public readonly record struct InteractionRate(double Rate, double MeanSurvivalProbability, double UnoscillatedRate);
