namespace SpectralFit.Configuration;

/// <summary>Which energy a component template file (components:&lt;name&gt;:template) is binned in (key components:&lt;name&gt;:axis).</summary>
public enum TemplateEnergyAxis
{
    /// <summary>"observable": the dataset's estimator units (e.g. N_h hits); used as given, no detector response.</summary>
    Observable,

    /// <summary>
    /// "electron_energy": deposited electron kinetic energy (true energy, before quenching), folded with the same
    /// detector response as the built-in electron components (Birks, Cherenkov, light yield, estimator, resolution).
    /// </summary>
    ElectronEnergy,
}
