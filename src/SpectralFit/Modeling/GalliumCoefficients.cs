using SolarFlux;
using SolarFlux.Gallium;
using SolarFlux.Recoil;
using SolarFlux.Spectra;

namespace SpectralFit.Modeling;

/// <summary>
/// The gallium constraint's coefficients (physics.md §7): for a fitted Borexino rate r_i [cpd/100t] of a solar
/// component the predicted 71Ga capture rate is c_i r_i with c_i = (R_i^Ga / R_i^Bx)_SSM [SNU per cpd/100t]
/// (SSM fluxes, MSW P_ee, Bahcall's 71Ga cross section; Borexino rate for T &gt; 0); species without a rate
/// parameter contribute their SSM capture rate as a fixed offset.
/// </summary>
public static class GalliumCoefficients
{
    /// <summary>SSM 71Ga capture rate of the species [SNU] (with oscillations).</summary>
    public static double SsmCaptureRate(NeutrinoSpecies s, SolarSetup solar)
    {
        var fluxes = solar.Model.Fluxes;
        return GalliumRates.SpeciesRate(s, SolarNeutrinoSpectra.For(s), fluxes.Flux(s), fluxes.FractionalUncertainty(s), solar.Survival).Rate;
    }

    /// <summary>c = sum_s R_s^Ga / sum_s R_s^Bx over the species of a component [SNU per cpd/100t].</summary>
    public static double SnuPerRate(IReadOnlyList<NeutrinoSpecies> species, SolarSetup solar)
    {
        double ga = 0, bx = 0;
        foreach (var s in species)
        {
            ga += SsmCaptureRate(s, solar);
            bx += InteractionRates.Compute(s, SolarNeutrinoSpectra.For(s), solar.Model.Fluxes.Flux(s), solar.Survival).Rate;
        }
        return ga / bx;
    }

    /// <summary>
    /// Coefficients per rate-parameter name and the fixed offset [SNU] from every species that has no rate parameter.
    /// </summary>
    /// <param name="fitted">Rate-parameter name and the species of each solar component with a rate parameter.</param>
    public static (Dictionary<string, double> Coefficients, double FixedSnu) Compute(
        IReadOnlyList<(string Name, IReadOnlyList<NeutrinoSpecies> Species)> fitted, SolarSetup solar)
    {
        var coefficients = new Dictionary<string, double>();
        var covered = new HashSet<NeutrinoSpecies>();
        foreach (var (name, species) in fitted)
        {
            coefficients[name] = SnuPerRate(species, solar);
            covered.UnionWith(species);
        }
        double fixedSnu = SpeciesNames.All.Where(s => !covered.Contains(s)).Sum(s => SsmCaptureRate(s, solar));
        return (coefficients, fixedSnu);
    }
}
