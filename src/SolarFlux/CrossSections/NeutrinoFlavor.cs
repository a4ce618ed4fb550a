namespace SolarFlux.CrossSections;

/// <summary>
/// Flavour of the neutrino hitting the electron. nu_e scatters through charged and neutral currents;
/// nu_mu and nu_tau only through the neutral current, and have identical cross sections here.
/// </summary>
public enum NeutrinoFlavor
{
    Electron,
    MuonOrTau,
}
