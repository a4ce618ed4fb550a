using SolarFlux.Gallium;
using SolarFlux.Oscillations;
using SolarFlux.Recoil;
using SolarFlux.Solar;
using SolarFlux.Spectra;

namespace SolarFlux.Predictions;

/// <summary>
/// Standard-solar-model predictions for one solar model and one set of mixing parameters: per species (and CNO)
/// the flux, the nu-e interaction rate in Borexino's scintillator for T &gt; 0 (3.307e31 electrons per 100 t) and the
/// mean P_ee, plus the 71Ga capture rate per species and in total with its uncertainty (SSM flux and cross-section
/// uncertainties, <see cref="GalliumPrediction"/>). This is what `spectralfit rates` prints.
/// </summary>
public sealed record SolarRatePrediction(
    SolarModelName Model,
    IReadOnlyList<SpeciesRatePrediction> Species,
    GalliumPrediction Gallium)
{
    /// <summary>Computes the prediction with the adiabatic MSW survival probability of the model.</summary>
    public static SolarRatePrediction Compute(SolarModel model, MixingParameters mixing)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(mixing);
        var survival = new MswSurvivalProbability(model, mixing);
        var rows = new List<SpeciesRatePrediction>();
        double cnoFlux = 0, cnoRate = 0, cnoWeightedPee = 0, cnoUnoscillated = 0;
        foreach (var species in SpeciesNames.All)
        {
            NeutrinoSpectrum spectrum = SolarNeutrinoSpectra.For(species);
            double flux = model.Fluxes.Flux(species);
            var rate = InteractionRates.Compute(species, spectrum, flux, survival);
            rows.Add(new SpeciesRatePrediction(SpeciesNames.ToName(species), flux, rate.Rate, rate.MeanSurvivalProbability));
            if (SpeciesNames.CnoMembers.Contains(species))
            {
                cnoFlux += flux;
                cnoRate += rate.Rate;
                cnoWeightedPee += rate.MeanSurvivalProbability * rate.UnoscillatedRate;
                cnoUnoscillated += rate.UnoscillatedRate;
            }
        }
        rows.Add(new SpeciesRatePrediction(SpeciesNames.Cno, cnoFlux, cnoRate, cnoWeightedPee / cnoUnoscillated));
        return new SolarRatePrediction(model.Name, rows, GalliumRates.Predict(model.Fluxes, survival));
    }
}
