namespace SpectralFit.Configuration;

/// <summary>A component's template file and the axis it is binned in.</summary>
/// <param name="Path">Absolute path of the histogram file ("E_lo E_hi density [error]" rows).</param>
/// <param name="Axis">The energy the file's first two columns are in.</param>
/// <param name="EnergyUnit">"keV" or "MeV" for <see cref="TemplateEnergyAxis.ElectronEnergy"/>; null for the observable axis.</param>
public sealed record TemplateSpec(string Path, TemplateEnergyAxis Axis, string? EnergyUnit)
{
    /// <summary>Configuration values of components:&lt;name&gt;:axis, in <see cref="TemplateEnergyAxis"/> order.</summary>
    public static IReadOnlyList<string> AxisNames { get; } = ["observable", "electron_energy"];

    /// <summary>Configuration values of components:&lt;name&gt;:energy_unit (default first).</summary>
    public static IReadOnlyList<string> EnergyUnits { get; } = ["keV", "MeV"];

    /// <summary>MeV per unit of the file's energy axis (electron_energy: 1e-3 for keV, 1 for MeV).</summary>
    public double MeVPerFileUnit => EnergyUnit == "MeV" ? 1.0 : 1e-3;
}
