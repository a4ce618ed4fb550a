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
/// <param name="Po210WithResolution">response:po210_peak = resolution (default): the 210Po peak is the detector's response
/// to the alpha line, its width po210_width the line's intrinsic width added in quadrature to the estimator resolution;
/// free-width: po210_width is the whole peak width, independent of the electrons' resolution.</param>
public sealed record ResponseSpec(IReadOnlyDictionary<string, ParameterSpec> Parameters, bool CountingSkew = false,
    bool Po210WithResolution = true)
{
    /// <summary>The parameter with this schema name, or null when the configuration does not set it.</summary>
    public ParameterSpec? Get(string name) => Parameters.GetValueOrDefault(name);
}
