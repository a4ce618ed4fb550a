namespace SpectralFit.Configuration;

/// <summary>
/// Detector-response parameters given in the configuration, keyed by schema name
/// (light_yield, kb, cherenkov_fraction, resolution_v1, resolution_sigma_t, resolution_sigma_d,
/// live_pmts, po210_position, po210_width, c11_shift, c14_shape_a). Absent names keep the
/// detector model's default.
/// </summary>
public sealed record ResponseSpec(IReadOnlyDictionary<string, ParameterSpec> Parameters)
{
    /// <summary>The parameter with this schema name, or null when the configuration does not set it.</summary>
    public ParameterSpec? Get(string name) => Parameters.GetValueOrDefault(name);
}
