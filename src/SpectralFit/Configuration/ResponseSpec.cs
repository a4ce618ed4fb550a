namespace SpectralFit.Configuration;

/// <summary>
/// Detector-response parameters given in the configuration, keyed by schema name
/// (<see cref="Schema.FitSchema.ResponseParameters"/>, which also names the matching property of
/// DetectorResponse ResponseParameters / FoldingParameters, e.g. resolution_v1 = VarianceFactor,
/// po210_position = PeakPosition, c11_shift = PositronShift). Absent names keep the detector
/// model's default.
/// </summary>
public sealed record ResponseSpec(IReadOnlyDictionary<string, ParameterSpec> Parameters)
{
    /// <summary>The parameter with this schema name, or null when the configuration does not set it.</summary>
    public ParameterSpec? Get(string name) => Parameters.GetValueOrDefault(name);
}
