namespace SpectralFit.Configuration;

/// <summary>Standard solar model used for fluxes and for the SSM-fixed rates (pep, CNO).</summary>
public enum SolarModel
{
    /// <summary>B16-GS98, high metallicity (HZ).</summary>
    Gs98,
    /// <summary>B16-AGSS09met, low metallicity (LZ).</summary>
    Agss09,
}
