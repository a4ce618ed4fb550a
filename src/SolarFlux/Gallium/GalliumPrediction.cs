namespace SolarFlux.Gallium;

/// <summary>
/// Predicted total 71Ga capture rate [SNU] and its 1-sigma uncertainty [SNU], with the per-species parts.
/// Uncertainty = sqrt( sum_i (flux part_i)^2 + (sum_i cross-section part_i)^2 ): SSM flux uncertainties treated
/// as independent (their correlations are ignored), the cross-section uncertainty as fully correlated between
/// species (one nuclear matrix-element scale).
/// </summary>
public sealed record GalliumPrediction(IReadOnlyList<GalliumSpeciesRate> Species, double Total, double Uncertainty)
{
    /// <summary>Combines per-species rates as described on the type.</summary>
    public static GalliumPrediction Combine(IReadOnlyList<GalliumSpeciesRate> species)
    {
        ArgumentNullException.ThrowIfNull(species);
        double total = 0.0, fluxVariance = 0.0, crossSection = 0.0;
        foreach (var s in species)
        {
            total += s.Rate;
            fluxVariance += s.FluxUncertainty * s.FluxUncertainty;
            crossSection += s.CrossSectionUncertainty;
        }
        return new GalliumPrediction(species, total, Math.Sqrt(fluxVariance + crossSection * crossSection));
    }
}
