using DetectorResponse.Data;
using SpectralFit.Configuration;

namespace SpectralFit.Modeling;

/// <summary>The spectrum to fit: the windowed, rebinned dataset, the file it came from and the configured exposure.</summary>
/// <param name="ConfiguredExposure">exposure:live_days x fiducial_mass_t / 100 x efficiency [day x 100 t] if configured, for comparison with the data's.</param>
public sealed record ObservedSpectrum(BinnedDataset Data, string Path, DatasetFormat Format, double? ConfiguredExposure)
{
    /// <summary>Exposure of the counts [day x 100 t] (from the data file).</summary>
    public double Exposure => Data.Exposure;

    /// <summary>The data file records an exposure different (by more than 0.1%) from the configuration's.</summary>
    public bool ExposureDiffers => ConfiguredExposure is double c && Math.Abs(Data.Exposure - c) > 1e-3 * c;
}
