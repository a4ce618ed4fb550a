using SolarFlux.Common;
using SolarFlux.Oscillations;
using SolarFlux.Solar;
using SolarFlux.Spectra;

namespace SolarFlux.Gallium;

/// <summary>
/// Solar-neutrino capture rates on 71Ga (physics.md §7):
///   R_i = Phi_i [ integral s_i(E) P_ee(E) sigma_Ga(E) dE + sum_lines f_l P_ee(E_l) sigma_Ga(E_l) ] / 1e-36   [SNU].
/// The integral is split at the steps of <see cref="GalliumCrossSection"/> and uses <see cref="EndpointQuadrature"/>
/// on each piece.
/// </summary>
public static class GalliumRates
{
    private const double CentralBound = 0, UpperBound = 1, LowerBound = -1;

    /// <summary>
    /// Spectrum-averaged cross section [cm^2]: integral s(E) P_ee(E) sigma(E) dE (+ lines); without a survival
    /// model (null) it is the no-oscillation average that Bahcall (1997) tabulates.
    /// </summary>
    public static double AverageCrossSection(NeutrinoSpecies species, NeutrinoSpectrum spectrum, ISurvivalProbability? survival = null) =>
        Average(species, spectrum, survival, CentralBound);

    /// <summary>Capture rate of one species with its uncertainties.</summary>
    /// <param name="species">Species.</param>
    /// <param name="spectrum">Its spectrum, normalized to one neutrino.</param>
    /// <param name="flux">Flux [cm^-2 s^-1].</param>
    /// <param name="fluxFractionalUncertainty">1-sigma fractional flux uncertainty (e.g. the B16 SSM value).</param>
    /// <param name="survival">P_ee model; null for no oscillation.</param>
    public static GalliumSpeciesRate SpeciesRate(NeutrinoSpecies species, NeutrinoSpectrum spectrum, double flux,
                                                 double fluxFractionalUncertainty, ISurvivalProbability? survival)
    {
        ArgumentNullException.ThrowIfNull(spectrum);
        if (!(flux >= 0) || !double.IsFinite(flux))
            throw new ArgumentOutOfRangeException(nameof(flux), flux, "flux must be finite and >= 0");
        if (!(fluxFractionalUncertainty >= 0))
            throw new ArgumentOutOfRangeException(nameof(fluxFractionalUncertainty), fluxFractionalUncertainty, "must be >= 0");
        double perSnu = flux / PhysicalConstants.Snu;
        double rate = perSnu * Average(species, spectrum, survival, CentralBound);
        double upper = perSnu * Average(species, spectrum, survival, UpperBound);
        double lower = perSnu * Average(species, spectrum, survival, LowerBound);
        return new GalliumSpeciesRate(species, rate, rate * fluxFractionalUncertainty, 0.5 * (upper - lower));
    }

    /// <summary>
    /// All eight species with the project's spectra (<see cref="SolarNeutrinoSpectra"/>), the SSM fluxes and their
    /// fractional uncertainties, combined as described on <see cref="GalliumPrediction"/>.
    /// </summary>
    public static GalliumPrediction Predict(SsmFluxes fluxes, ISurvivalProbability? survival)
    {
        ArgumentNullException.ThrowIfNull(fluxes);
        var rates = SpeciesNames.All
            .Select(s => SpeciesRate(s, SolarNeutrinoSpectra.For(s), fluxes.Flux(s), fluxes.FractionalUncertainty(s), survival))
            .ToList();
        return GalliumPrediction.Combine(rates);
    }

    private static double Average(NeutrinoSpecies species, NeutrinoSpectrum spectrum, ISurvivalProbability? survival, double bound)
    {
        double sum = 0.0, lineFraction = 0.0;
        foreach (var line in spectrum.Lines)
        {
            lineFraction += line.Fraction;
            sum += line.Fraction * Pee(survival, species, line.Energy) * Sigma(line.Energy, bound);
        }
        if (lineFraction >= 1.0 - 1e-9)
            return sum;

        var rule = EndpointQuadrature.Default;
        var edges = GalliumCrossSection.SegmentEdges;
        double lo = Math.Max(spectrum.MinEnergy, GalliumCrossSection.Threshold);
        double hi = Math.Min(spectrum.MaxEnergy, GalliumCrossSection.MaxEnergy);
        for (int s = 0; s < edges.Length - 1; s++)
        {
            double a = Math.Max(lo, edges[s]), b = Math.Min(hi, edges[s + 1]);
            if (!(b > a))
                continue;
            double width = b - a, piece = 0.0;
            for (int k = 0; k < rule.Count; k++)
            {
                double e = a + width * rule.Node(k);
                double density = spectrum.ContinuumDensity(e);
                if (density != 0.0)
                    piece += rule.Weight(k) * density * Pee(survival, species, e) * Sigma(e, bound);
            }
            sum += width * piece;
        }
        return sum;
    }

    private static double Pee(ISurvivalProbability? survival, NeutrinoSpecies species, double e) =>
        survival?.Pee(species, e) ?? 1.0;

    private static double Sigma(double e, double bound) => bound switch
    {
        > 0 => GalliumCrossSection.CrossSectionUpper(e),
        < 0 => GalliumCrossSection.CrossSectionLower(e),
        _ => GalliumCrossSection.CrossSection(e),
    };
}
