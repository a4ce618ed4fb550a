namespace SpectralFit.Configuration;

/// <summary>
/// Detector-response parameters given in the configuration, keyed by schema name
/// (<see cref="Schema.FitSchema.ResponseParameters"/>, which also names the matching property of
/// DetectorResponse ResponseParameters / FoldingParameters, e.g. resolution_v1 = VarianceFactor,
/// po210_position = PeakPosition, c11_shift = PositronShift). Absent names keep the detector
/// model's default.
/// </summary>
/// <param name="CountingSkew">response:kernel = counting-skew: the electron spectra are folded with the skewed
/// counting kernel instead of the Gaussian one.</param>
public sealed record ResponseSpec(IReadOnlyDictionary<string, ParameterSpec> Parameters, bool CountingSkew = false)
{
    /// <summary>The parameter with this schema name, or null when the configuration does not set it.</summary>
    public ParameterSpec? Get(string name) => Parameters.GetValueOrDefault(name);
}
