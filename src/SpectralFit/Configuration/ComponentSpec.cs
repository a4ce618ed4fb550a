using SolarFlux;

namespace SpectralFit.Configuration;

/// <summary>A spectral component of the fit model and its rate.</summary>
/// <param name="Name">Name as in the schema list ("pp", "Be7", "CNO", "Kr85", "ext_Tl208", ...) or the user's template name.</param>
/// <param name="Species">Solar species making up a solar component (CNO: N13, O15, F17); empty otherwise.</param>
/// <param name="Rate">The rate parameter; null exactly when <paramref name="FixedToSsm"/> is true.</param>
/// <param name="FixedToSsm">Rate fixed to the SSM prediction of <see cref="SolarSpec.Model"/> (computed by the model).</param>
/// <param name="Template">The spectrum file of a template component and its axis, else null.</param>
/// <param name="Shares">Component "external" only: the external gammas it combines and their shares (normalized to 1).</param>
public sealed record ComponentSpec(
    string Name,
    ComponentKind Kind,
    IReadOnlyList<NeutrinoSpecies> Species,
    ParameterSpec? Rate,
    bool FixedToSsm,
    TemplateSpec? Template,
    IReadOnlyDictionary<string, double>? Shares = null)
{
    /// <summary>Absolute path of the spectrum file for template components, else null.</summary>
    public string? TemplatePath => Template?.Path;
}
