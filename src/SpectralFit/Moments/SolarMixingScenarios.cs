using System.Globalization;
using SolarFlux;
using SolarFlux.Oscillations;
using SolarFlux.Solar;
using SolarFlux.Spectra;

namespace SpectralFit.Moments;

/// <summary>
/// Builds <see cref="SolarMixingScenario"/>s from mixing presets: MSW mass-state probabilities (A1's
/// <see cref="MswSurvivalProbability"/>) averaged over the magnetic-moment signal in a recoil window.
/// </summary>
public static class SolarMixingScenarios
{
    /// <summary>
    /// The preset and, when one exists, its companion for the other mass ordering ("NAME" and "NAME-io"), so that
    /// limits can be chosen conservatively over the ordering.
    /// </summary>
    public static IReadOnlyList<string> PresetWithOtherOrdering(string preset)
    {
        string name = preset.Trim().ToLowerInvariant();
        MixingPresets.Get(name, "--mixing"); // validates the name
        string companion = name.EndsWith("-io", StringComparison.Ordinal) ? name[..^3] : name + "-io";
        return MixingPresets.Names.Contains(companion) ? [name, companion] : [name];
    }

    /// <summary>
    /// Scenario for one set of mixing parameters: P_ej averaged over the magnetic-moment signal of
    /// <paramref name="species"/> (all species when null) with the model's SSM fluxes.
    /// </summary>
    public static SolarMixingScenario Create(string label, SolarModel model, MixingParameters mixing, RecoilWindow window,
        IReadOnlyList<NeutrinoSpecies>? species = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(mixing);
        var survival = new MswSurvivalProbability(model, mixing);
        var signal = (species ?? SpeciesNames.All)
            .SelectMany(s => MagneticMomentSignal.Weights(s, SolarNeutrinoSpectra.For(s), model.Fluxes.Flux(s), window))
            .ToList();
        string ordering = mixing.Ordering == MassOrdering.Normal ? "normal" : "inverted";
        return new SolarMixingScenario(
            string.Create(CultureInfo.InvariantCulture, $"{label} ({ordering} ordering, sin^2 theta23 = {mixing.Sin2Theta23:G3})"),
            PmnsMatrix.From(mixing),
            SolarSignalAverage.MassStates(survival, signal));
    }
}
