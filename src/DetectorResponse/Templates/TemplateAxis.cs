namespace DetectorResponse.Templates;

/// <summary>Which energy a template histogram is binned in.</summary>
public enum TemplateAxis
{
    /// <summary>True (deposited kinetic) energy: fold it with the detector response before fitting.</summary>
    TrueEnergy,

    /// <summary>Reconstructed (observable) energy, e.g. Borexino's MC shapes in keV electron-equivalent.</summary>
    ObservableEnergy,
}
