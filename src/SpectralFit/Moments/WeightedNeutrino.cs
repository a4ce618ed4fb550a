using SolarFlux;

namespace SpectralFit.Moments;

/// <summary>
/// One point of a detector's magnetic-moment signal: a solar neutrino of <paramref name="Species"/> and energy
/// <paramref name="Energy"/> [MeV] carrying <paramref name="Weight"/> (e.g. its magnetic-moment recoil rate within
/// the fit window, any unit: only ratios matter).
/// </summary>
public readonly record struct WeightedNeutrino(NeutrinoSpecies Species, double Energy, double Weight);
