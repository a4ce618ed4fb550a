namespace SolarFlux.Gallium;

/// <summary>
/// The project's parametrization of the 71Ga(nu_e, e-)71Ge capture cross section, 0.2332-30 MeV.
///
/// Form: sigma(E) = p W F(Z=32, W) exp(C_s(x)) x 1e-46 cm^2, with W = (E - Q + m_e)/m_e and p the outgoing
/// electron's total energy and momentum in m_e units, Q = 0.2332 MeV the ground-state threshold,
/// F = 2 pi eta / (1 - exp(-2 pi eta)), eta = alpha Z W / p (non-relativistic Fermi function; it makes sigma
/// finite at threshold as it should be), and C_s a short Chebyshev series in x = ln E mapped to [-1, 1] on
/// segment s. Segments start where excited 71Ge states open (0.175, 0.500 MeV ... levels give jumps near 0.408,
/// 0.733, ~1.05, ~1.45 MeV), so sigma has small physical steps there.
/// Coefficients: least-squares fits made for this project (tools run once, not shipped) to the best estimate and
/// the -/+3 sigma columns of Bahcall, Phys. Rev. C 56, 3391 (1997) (../shared/data/solar/xsec_ga71.csv).
/// Fit quality (GalliumCrossSectionTests): best estimate within 0.1% below 1.45 MeV and 0.8% up to 30 MeV.
/// Uncertainty: the fitted ln(sigma_+3/sigma)/3 and ln(sigma/sigma_-3)/3 give asymmetric 1-sigma bounds
/// sigma exp(+u_up) and sigma exp(-u_down) (about +2.2%/-2.3% for pp energies, +6%/-2.5% at 7Be).
/// </summary>
public static class GalliumCrossSection
{
    /// <summary>Ground-state capture threshold [MeV] (Bahcall 1997).</summary>
    public const double Threshold = 0.2332;

    /// <summary>Upper end of the parametrized range [MeV].</summary>
    public const double MaxEnergy = 30.0;

    private const int GermaniumZ = 32;

    // Segment lower edges [MeV]; the last segment ends at MaxEnergy.
    private static readonly double[] Edges = [Threshold, 0.408, 0.733, 1.05, 1.45, MaxEnergy];

    // ln(sigma / (1e-46 cm^2 p W F)) per segment.
    private static readonly double[][] Best =
    [
        [2.138695246327584, -0.023774631878682454, 0.003601982555998402],
        [2.1196970249724094, -0.011597036536030567],
        [2.1433452180114063, 0.00413101092568162],
        [2.232439245995918, 0.029957310874649166, -0.0005013226974268774],
        [3.602099376852541, 1.5272599967147753, 0.0035674066859453413, -0.27997611807974443, -0.029826949530245433,
         0.06582333824574313, 0.0004207644859931206, -0.020964070317686663, -0.001705753879918588, 0.011069238023763221],
    ];

    // ln(sigma_+3sigma / sigma) / 3 per segment.
    private static readonly double[][] Up =
    [
        [0.021395064062318326, 0.00036055798539821144],
        [0.05818625156310253, 0.006606360804017759],
        [0.07077754814030206, 0.01586909561399302],
        [0.1109514236294811, 0.014139983019669733],
        [0.20157052329302297, 0.0598520511571869, -0.010852713754509743, 0.006345061791620954, 0.004128501531550745,
         0.0016932125686123056],
    ];

    // ln(sigma / sigma_-3sigma) / 3 per segment.
    private static readonly double[][] Down =
    [
        [0.022901775243425904, 0.0003081870091373147],
        [0.02427661723012711, 0.0005265980294848622],
        [0.03220487846155034, 0.002901987383856555],
        [0.04794315730075816, 0.006182890760759138],
        [0.2122774695883574, 0.19855001476160927, 0.06340009894801842, 0.047607262670263724, 0.03613016423304699,
         0.02154994369233944],
    ];

    /// <summary>Energies [MeV] where the parametrization has steps (for integrators to split at).</summary>
    public static ReadOnlySpan<double> SegmentEdges => Edges;

    /// <summary>Best-estimate cross section [cm^2]; 0 below threshold. Valid up to 30 MeV.</summary>
    public static double CrossSection(double neutrinoEnergy)
    {
        if (!(neutrinoEnergy > Threshold))
            return 0.0;
        int s = SegmentOf(neutrinoEnergy);
        return 1e-46 * CoulombPhaseSpace(neutrinoEnergy) * Math.Exp(Chebyshev(Best[s], MappedLog(neutrinoEnergy, s)));
    }

    /// <summary>1-sigma upper bound [cm^2].</summary>
    public static double CrossSectionUpper(double neutrinoEnergy) =>
        CrossSection(neutrinoEnergy) * Math.Exp(LogUncertainty(Up, neutrinoEnergy));

    /// <summary>1-sigma lower bound [cm^2].</summary>
    public static double CrossSectionLower(double neutrinoEnergy) =>
        CrossSection(neutrinoEnergy) * Math.Exp(-LogUncertainty(Down, neutrinoEnergy));

    /// <summary>p W F(Z, W) of the emitted electron for capture to the 71Ge ground state.</summary>
    private static double CoulombPhaseSpace(double neutrinoEnergy)
    {
        double w = (neutrinoEnergy - Threshold + PhysicalConstants.ElectronMass) / PhysicalConstants.ElectronMass;
        double p = Math.Sqrt(w * w - 1.0);
        double twoPiEta = 2.0 * Math.PI * PhysicalConstants.FineStructure * GermaniumZ * w / p;
        return p * w * twoPiEta / (1.0 - Math.Exp(-twoPiEta));
    }

    private static double LogUncertainty(double[][] table, double e)
    {
        if (!(e > Threshold))
            return 0.0;
        int s = SegmentOf(e);
        return Chebyshev(table[s], MappedLog(e, s));
    }

    private static int SegmentOf(double e)
    {
        for (int s = Edges.Length - 2; s > 0; s--)
        {
            if (e > Edges[s])
                return s;
        }
        return 0;
    }

    private static double MappedLog(double e, int s)
    {
        double lo = Math.Log(Edges[s]), hi = Math.Log(Edges[s + 1]);
        double x = (2.0 * Math.Log(e) - lo - hi) / (hi - lo);
        return Math.Clamp(x, -1.0, 1.0);
    }

    private static double Chebyshev(double[] c, double x)
    {
        // Clenshaw recurrence for sum_k c_k T_k(x).
        double b1 = 0.0, b2 = 0.0;
        for (int k = c.Length - 1; k >= 1; k--)
        {
            double b0 = 2.0 * x * b1 - b2 + c[k];
            b2 = b1;
            b1 = b0;
        }
        return x * b1 - b2 + c[0];
    }
}
