namespace SolarFlux.Spectra;

/// <summary>
/// The standard energy spectra of the solar neutrino species (physics.md §2), built once and cached.
/// pp, hep, 13N, 15O, 17F: allowed beta+ shapes with the relativistic Fermi function; 8B: the project's fit to
/// Winter et al. (2006); 7Be and pep: lines (deltas at the laboratory energies).
/// </summary>
public static class SolarNeutrinoSpectra
{
    /// <summary>
    /// pp endpoint [MeV]. For protons at rest E0 = 2 Delta(1H) - Delta(2H) - 2 m_e = 0.4202 MeV; Bahcall,
    /// Phys. Rev. C 56, 3391 (1997) includes the thermal energy of the fusing protons, and his spectrum ends at
    /// 0.4234 MeV. We use that endpoint: with 0.420 the mean energy would be 0.7% below Bahcall's 0.2668 MeV.
    /// </summary>
    public const double PpEndpoint = 0.4234;

    /// <summary>hep endpoint [MeV]: 18.773 MeV at rest plus the thermal energy, as tabulated by Bahcall (1997): 18.784.</summary>
    public const double HepEndpoint = 18.784;

    /// <summary>13N endpoint [MeV] (Bahcall &amp; Ulrich, Rev. Mod. Phys. 60, 297 (1988)).</summary>
    public const double N13Endpoint = 1.199;

    /// <summary>15O endpoint [MeV] (Bahcall &amp; Ulrich 1988).</summary>
    public const double O15Endpoint = 1.732;

    /// <summary>17F endpoint [MeV] (Bahcall &amp; Ulrich 1988).</summary>
    public const double F17Endpoint = 1.740;

    /// <summary>pep line [MeV] (physics.md §2; Bahcall, Neutrino Astrophysics (1989)).</summary>
    public const double PepLine = 1.442;

    /// <summary>7Be lines [MeV] and branching fractions (physics.md §2): ground state 0.8613 (89.56%), excited 0.3843 (10.44%).
    /// Bahcall, Phys. Rev. D 49, 3923 (1994) finds the solar lines shifted up by ~1.3 keV (thermal); neglected (0.15% in the mean).</summary>
    public static readonly SpectralLine Be7GroundLine = new(0.8613, 0.8956);

    /// <summary>7Be line to the 478 keV excited state of 7Li.</summary>
    public static readonly SpectralLine Be7ExcitedLine = new(0.3843, 0.1044);

    private static readonly Lazy<NeutrinoSpectrum>[] Cache =
        Enum.GetValues<NeutrinoSpecies>().Select(s => new Lazy<NeutrinoSpectrum>(() => Build(s))).ToArray();

    /// <summary>The cached spectrum of a species (thread-safe; built on first use).</summary>
    public static NeutrinoSpectrum For(NeutrinoSpecies species)
    {
        int index = (int)species;
        if (index < 0 || index >= Cache.Length)
            throw new ArgumentOutOfRangeException(nameof(species), species, "unknown neutrino species");
        return Cache[index].Value;
    }

    private static NeutrinoSpectrum Build(NeutrinoSpecies species) => species switch
    {
        // daughter: 2H (Z 1, A 2), 4He, 13C, 15N, 17O
        NeutrinoSpecies.Pp => new AllowedBetaSpectrum(PpEndpoint, daughterCharge: 1, massNumber: 2),
        NeutrinoSpecies.Hep => new AllowedBetaSpectrum(HepEndpoint, daughterCharge: 2, massNumber: 4),
        NeutrinoSpecies.N13 => new AllowedBetaSpectrum(N13Endpoint, daughterCharge: 6, massNumber: 13),
        NeutrinoSpecies.O15 => new AllowedBetaSpectrum(O15Endpoint, daughterCharge: 7, massNumber: 15),
        NeutrinoSpecies.F17 => new AllowedBetaSpectrum(F17Endpoint, daughterCharge: 8, massNumber: 17),
        NeutrinoSpecies.B8 => new Boron8Spectrum(),
        NeutrinoSpecies.Be7 => new LineSpectrum([Be7GroundLine, Be7ExcitedLine]),
        NeutrinoSpecies.Pep => new LineSpectrum([new SpectralLine(PepLine, 1.0)]),
        _ => throw new ArgumentOutOfRangeException(nameof(species), species, "unknown neutrino species"),
    };
}
