namespace SolarFlux.CrossSections;

/// <summary>
/// Elastic neutrino-electron scattering nu + e -> nu + e (physics.md §4). Energies in MeV, cross sections in
/// cm^2/MeV (differential in the recoil kinetic energy T) or cm^2 (total).
///
/// <see cref="DifferentialCrossSection"/> is the Standard Model with the radiative corrections of Bahcall,
/// Kamionkowski and Sirlin, PRD 51, 6146 (1995) (BKS; astro-ph/9502003), Appendices A and B:
///   dsigma/dT = (2 G_F^2 m / pi) [ g_L^2 (1 + a f_-) + g_R^2 (1-z)^2 (1 + a f_+) - g_L g_R (m/E) z (1 + a f_+-) ],
///   a = alpha/pi, z = T/E, g_L = rho (1/2 - kappa(T) s^2) - 1 (nu_e) or rho (1/2 - kappa(T) s^2) (nu_mu,tau),
///   g_R = -rho kappa(T) s^2, rho = 1.0126, s^2 = sin^2 theta_W = 0.2312.
/// The QED functions f_-, f_+, f_+- are included in full (BKS App. B). They lower sigma(nu_e e) by ~1-2% at solar
/// energies and carry an integrable ln(T_max - T) at the kinematic endpoint; the spectrum is set to zero at and
/// above T_max. <see cref="TreeLevelDifferentialCrossSection"/> is the uncorrected formula for comparison.
/// </summary>
public static class ElectronScattering
{
    private const double M = PhysicalConstants.ElectronMass;
    private const double AlphaOverPi = PhysicalConstants.FineStructure / Math.PI;

    /// <summary>2 G_F^2 m_e / pi in cm^2/MeV: G_F [MeV^-2] = 1e-6 G_F [GeV^-2], times (hbar c)^2 [MeV^2 cm^2].</summary>
    public static readonly double Sigma0OverM =
        2.0 * Math.Pow(PhysicalConstants.FermiConstantGeV * 1e-6 * PhysicalConstants.HbarC, 2) * M / Math.PI;

    /// <summary>T_max = 2 E^2 / (m_e + 2E) [MeV].</summary>
    public static double MaxRecoilEnergy(double neutrinoEnergy) =>
        neutrinoEnergy <= 0 ? 0.0 : 2.0 * neutrinoEnergy * neutrinoEnergy / (M + 2.0 * neutrinoEnergy);

    /// <summary>Smallest neutrino energy that can give recoil T: E_min = T/2 (1 + sqrt(1 + 2 m_e/T)) [MeV].</summary>
    public static double MinNeutrinoEnergy(double recoilEnergy) =>
        recoilEnergy <= 0 ? 0.0 : 0.5 * (recoilEnergy + Math.Sqrt(recoilEnergy * (recoilEnergy + 2.0 * M)));

    /// <summary>Standard Model dsigma/dT with BKS electroweak and QED corrections [cm^2/MeV]; 0 outside 0 &lt; T &lt; T_max.</summary>
    public static double DifferentialCrossSection(NeutrinoFlavor flavor, double neutrinoEnergy, double recoilEnergy)
    {
        DifferentialCrossSections(neutrinoEnergy, recoilEnergy, out double electron, out double muonOrTau);
        return flavor == NeutrinoFlavor.Electron ? electron : muonOrTau;
    }

    /// <summary>
    /// Both flavours at once (the QED functions are flavour-independent and are evaluated once) [cm^2/MeV].
    /// At T -> 0 the value tends to the T = 0 limit; at and above T_max both are 0.
    /// </summary>
    public static void DifferentialCrossSections(double neutrinoEnergy, double recoilEnergy, out double electron, out double muonOrTau)
    {
        double q = neutrinoEnergy;
        double t = recoilEnergy;
        if (!(q > 0) || !(t >= 0) || t >= MaxRecoilEnergy(q))
        {
            electron = 0.0;
            muonOrTau = 0.0;
            return;
        }

        double z = t / q;
        double fMinus = 0.0, fPlusProduct = 0.0, fPlusMinus = 0.0;
        if (t > 0)
            (fMinus, fPlusProduct, fPlusMinus) = BksRadiativeCorrections.QedFunctions(q, t);

        double sw2 = PhysicalConstants.SinSqThetaW;
        double rho = BksRadiativeCorrections.RhoNc;
        double omz2 = (1.0 - z) * (1.0 - z);
        double left = 1.0 + AlphaOverPi * fMinus;
        double right = omz2 + AlphaOverPi * fPlusProduct;
        double mixed = M / q * z * (1.0 + AlphaOverPi * fPlusMinus);

        double i = BksRadiativeCorrections.I(t);
        double kappaE = BksRadiativeCorrections.KappaElectron(i);
        double kappaMu = BksRadiativeCorrections.KappaMuonOrTau(i);

        double gRe = -rho * kappaE * sw2;
        double gLe = rho * (0.5 - kappaE * sw2) - 1.0;
        double gRmu = -rho * kappaMu * sw2;
        double gLmu = rho * (0.5 - kappaMu * sw2);

        electron = Sigma0OverM * (gLe * gLe * left + gRe * gRe * right - gLe * gRe * mixed);
        muonOrTau = Sigma0OverM * (gLmu * gLmu * left + gRmu * gRmu * right - gLmu * gRmu * mixed);
    }

    /// <summary>
    /// Uncorrected Standard Model (physics.md §4): (2 G_F^2 m/pi) [g_L^2 + g_R^2 (1 - T/E)^2 - g_L g_R m T/E^2],
    /// g_L = +-1/2 + s^2, g_R = s^2 [cm^2/MeV]; 0 outside 0 &lt;= T &lt;= T_max.
    /// </summary>
    public static double TreeLevelDifferentialCrossSection(NeutrinoFlavor flavor, double neutrinoEnergy, double recoilEnergy)
    {
        double q = neutrinoEnergy;
        double t = recoilEnergy;
        if (!(q > 0) || !(t >= 0) || t > MaxRecoilEnergy(q))
            return 0.0;
        double sw2 = PhysicalConstants.SinSqThetaW;
        double gL = (flavor == NeutrinoFlavor.Electron ? 0.5 : -0.5) + sw2;
        double gR = sw2;
        double y = 1.0 - t / q;
        return Sigma0OverM * (gL * gL + gR * gR * y * y - gL * gR * M * t / (q * q));
    }

    /// <summary>
    /// Solar-neutrino effective cross section: P_ee dsigma_e/dT + (1 - P_ee) dsigma_mu/dT [cm^2/MeV] (physics.md §4).
    /// </summary>
    public static double EffectiveDifferentialCrossSection(double neutrinoEnergy, double recoilEnergy, double pee)
    {
        DifferentialCrossSections(neutrinoEnergy, recoilEnergy, out double electron, out double muonOrTau);
        return pee * electron + (1.0 - pee) * muonOrTau;
    }

    /// <summary>
    /// Total cross section sigma(E) = integral of dsigma/dT over minRecoilEnergy &lt; T &lt; T_max [cm^2]
    /// (Gauss-Legendre panels that cluster at both ends, where the QED endpoint logarithm sits; relative accuracy ~1e-7).
    /// </summary>
    public static double TotalCrossSection(NeutrinoFlavor flavor, double neutrinoEnergy, double minRecoilEnergy = 0.0)
    {
        TotalCrossSections(neutrinoEnergy, minRecoilEnergy, out double electron, out double muonOrTau);
        return flavor == NeutrinoFlavor.Electron ? electron : muonOrTau;
    }

    /// <summary>Both flavours' total cross sections above minRecoilEnergy [cm^2].</summary>
    public static void TotalCrossSections(double neutrinoEnergy, double minRecoilEnergy, out double electron, out double muonOrTau)
    {
        electron = 0.0;
        muonOrTau = 0.0;
        double a = Math.Max(0.0, minRecoilEnergy);
        double b = MaxRecoilEnergy(neutrinoEnergy);
        if (!(b > a))
            return;
        var rule = Common.EndpointQuadrature.Default;
        double width = b - a;
        for (int k = 0; k < rule.Count; k++)
        {
            double t = a + width * rule.Node(k);
            DifferentialCrossSections(neutrinoEnergy, t, out double e, out double mu);
            double w = width * rule.Weight(k);
            electron += w * e;
            muonOrTau += w * mu;
        }
    }
}
