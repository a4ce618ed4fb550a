namespace SolarFlux.Spectra;

/// <summary>
/// Energy distribution of one neutrino species, normalized to one neutrino:
/// integral of <see cref="ContinuumDensity"/> over [MinEnergy, MaxEnergy] plus the sum of the
/// line fractions equals 1. Energies in MeV, density in 1/MeV.
/// </summary>
public abstract class NeutrinoSpectrum
{
    /// <summary>Lowest neutrino energy with non-zero continuum density [MeV].</summary>
    public abstract double MinEnergy { get; }

    /// <summary>Endpoint: highest neutrino energy (continuum or line) [MeV].</summary>
    public abstract double MaxEnergy { get; }

    /// <summary>Continuum density dN/dE [1/MeV]; zero outside [MinEnergy, MaxEnergy] and for pure line sources.</summary>
    public abstract double ContinuumDensity(double energy);

    /// <summary>Monochromatic lines (empty for continuum spectra).</summary>
    public virtual IReadOnlyList<SpectralLine> Lines => [];

    /// <summary>Mean neutrino energy [MeV].</summary>
    public abstract double MeanEnergy { get; }
}
