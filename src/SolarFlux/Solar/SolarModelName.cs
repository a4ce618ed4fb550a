namespace SolarFlux.Solar;

/// <summary>
/// The two B16 standard solar models (Vinyoles et al., ApJ 835, 202 (2017)):
/// GS98 composition (high metallicity, "HZ") and AGSS09met (low metallicity, "LZ").
/// </summary>
public enum SolarModelName
{
    Gs98,
    Agss09,
}
