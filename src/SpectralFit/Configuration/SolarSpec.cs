using SolarFlux.Oscillations;

namespace SpectralFit.Configuration;

/// <summary>Solar model and oscillation settings.</summary>
/// <param name="MixingPreset">Preset name (SolarFlux.Oscillations.MixingPresets), e.g. "pdg2016".</param>
/// <param name="MixingOverrides">Single parameters replacing the preset's (keys of SolarFlux MixingParameters).</param>
/// <param name="Mixing">The preset with the overrides applied.</param>
/// <param name="TablePath">Absolute path of an external flux/rate table, or null.</param>
public sealed record SolarSpec(
    SolarModel Model,
    string MixingPreset,
    IReadOnlyDictionary<string, double> MixingOverrides,
    MixingParameters Mixing,
    string? TablePath);
