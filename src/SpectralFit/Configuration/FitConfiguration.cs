using DetectorResponse.Estimators;

namespace SpectralFit.Configuration;

/// <summary>
/// A validated fit configuration (configs/README.md, section "fit"). Immutable; build it with
/// <see cref="FitConfigurationLoader"/>. Rates are in cpd/100t (14C in Bq/100t), moments in mu_B.
/// </summary>
public sealed record FitConfiguration(
    string Name,
    DatasetSpec Dataset,
    ExposureSpec Exposure,
    EnergyEstimator Estimator,
    SolarSpec Solar,
    IReadOnlyList<ComponentSpec> Components,
    ResponseSpec Response,
    PileupSpec Pileup,
    MagneticMomentSpec MagneticMoment,
    GalliumConstraintSpec Gallium,
    IReadOnlyList<SystematicAxisSpec> Systematics,
    OutputSpec Outputs,
    ConfigurationSnapshot Snapshot)
{
    /// <summary>The component with this name (case-insensitive), or null.</summary>
    public ComponentSpec? Component(string name) =>
        Components.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>All configured parameters: component rates (not SSM-fixed), then response parameters.</summary>
    public IEnumerable<ParameterSpec> Parameters =>
        Components.Where(c => c.Rate is not null).Select(c => c.Rate!).Concat(Response.Parameters.Values);

    /// <summary>The parameters the fit varies (not fixed), besides the parameter of interest mu_eff.</summary>
    public IEnumerable<ParameterSpec> FreeParameters => Parameters.Where(p => !p.Fixed);
}
