namespace SolarFlux.Spectra;

/// <summary>Charge of the emitted lepton: electron (beta-) or positron (beta+). Solar neutrinos come from beta+ (and pp) decays.</summary>
public enum BetaDecayKind
{
    /// <summary>Electron emission: the daughter nucleus attracts the electron (Fermi function &gt; 1 at low energy).</summary>
    BetaMinus,

    /// <summary>Positron emission: the daughter nucleus repels the positron (Fermi function &lt; 1 at low energy).</summary>
    BetaPlus,
}
