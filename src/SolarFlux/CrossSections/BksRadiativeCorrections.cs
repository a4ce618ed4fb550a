namespace SolarFlux.CrossSections;

/// <summary>
/// Radiative corrections to nu-e scattering of Bahcall, Kamionkowski and Sirlin,
/// Phys. Rev. D 51, 6146 (1995) (BKS; astro-ph/9502003): the electroweak factors rho_NC and kappa(T)
/// (their Appendix A) and the O(alpha) QED functions f_-, f_+ and f_+- (their Appendix B).
/// Notation of BKS: q = neutrino energy, T = recoil kinetic energy, z = T/q, E = T + m the electron's
/// total energy, l = sqrt(E^2 - m^2) its momentum, beta = l/E, L(x) = integral_0^x ln|1-t|/t dt.
/// </summary>
internal static class BksRadiativeCorrections
{
    /// <summary>rho_NC^(nu,l) = 1.0126 +- 0.0016 (BKS App. A).</summary>
    public const double RhoNc = 1.0126;

    private const double M = PhysicalConstants.ElectronMass;

    /// <summary>
    /// I(T) = 1/6 [1/3 + (3 - x^2)(x/2 ln((x+1)/(x-1)) - 1)], x = sqrt(1 + 2m/T) (BKS App. A); I(0) = 0.
    /// </summary>
    public static double I(double t)
    {
        if (t <= 0)
            return 0.0;
        double x = Math.Sqrt(1.0 + 2.0 * M / t);
        // x/2 ln((x+1)/(x-1)) = x atanh(1/x)
        return (1.0 / 3.0 + (3.0 - x * x) * (x * Math.Atanh(1.0 / x) - 1.0)) / 6.0;
    }

    /// <summary>kappa^(nu_e)(T) = 0.9791 + 0.0097 I(T) (BKS App. A, +-0.0025), given i = I(T).</summary>
    public static double KappaElectron(double i) => 0.9791 + 0.0097 * i;

    /// <summary>kappa^(nu_mu,tau)(T) = 0.9970 - 0.00037 I(T) (BKS App. A, +-0.0025), given i = I(T).</summary>
    public static double KappaMuonOrTau(double i) => 0.9970 - 0.00037 * i;

    /// <summary>
    /// The three QED functions at neutrino energy q and recoil energy t (0 &lt; t &lt; T_max(q)).
    /// Returns f_-, (1-z)^2 f_+ (BKS write this product; it stays finite) and f_+-.
    /// </summary>
    public static (double FMinus, double FPlusTimesOneMinusZSquared, double FPlusMinus) QedFunctions(double q, double t)
    {
        double e = t + M;
        double l = Math.Sqrt(t * (t + 2.0 * M));
        double beta = l / e;
        double z = t / q;
        double oneMinusZ = 1.0 - z;

        // H = E/l ln((E + l)/m) - 1, with ln((E + l)/m) = asinh(l/m); series below p = l/m = 1e-3.
        double p = l / M;
        double h = p < 1e-3
            ? p * p / 3.0 - 2.0 * p * p * p * p / 15.0
            : e / l * Math.Asinh(p) - 1.0;

        // ln(1 - z - m/(E + l)), written without cancellation: 1 - m/(E + l) = (T + l)/(E + l).
        double y = Math.Log((t + l) / (e + l) - z);
        double lnZ = Math.Log(z);
        double ln1mZ = Math.Log(oneMinusZ);
        double lZ = Dilogarithm.SpenceBks(z);
        double lBeta = Dilogarithm.SpenceBks(beta);
        // Euler reflection Li2(z) + Li2(1-z) = pi^2/6 - ln z ln(1-z), so L(1-z) = -pi^2/6 + ln z ln(1-z) - L(z).
        double l1mZ = lnZ * ln1mZ - Math.PI * Math.PI / 6.0 - lZ;

        double fMinus = h * (2.0 * y - ln1mZ - 0.5 * lnZ - 5.0 / 12.0)
                        + 0.5 * (lZ - lBeta)
                        - 0.5 * ln1mZ * ln1mZ
                        - (11.0 / 12.0 + 0.5 * z) * ln1mZ
                        + z * (lnZ + 0.5 * Math.Log(2.0 * q / M))
                        - (31.0 / 18.0 + lnZ / 12.0) * beta
                        - 11.0 / 12.0 * z
                        + z * z / 24.0;

        double omz2 = oneMinusZ * oneMinusZ;
        double fPlusProduct = h * (omz2 * (2.0 * y - ln1mZ - 0.5 * lnZ - 2.0 / 3.0) - 0.5 * (z * z * lnZ + oneMinusZ))
                              - 0.5 * omz2 * (ln1mZ * ln1mZ + beta * (l1mZ - lnZ * ln1mZ))
                              + ln1mZ * (0.5 * z * z * lnZ + oneMinusZ / 3.0 * (2.0 * z - 0.5))
                              - 0.5 * z * z * l1mZ
                              - z * (1.0 - 2.0 * z) / 3.0 * lnZ
                              - z * oneMinusZ / 6.0
                              - beta / 12.0 * (lnZ + oneMinusZ * (115.0 - 109.0 * z) / 6.0);

        double fPlusMinus = 2.0 * h * y;
        return (fMinus, fPlusProduct, fPlusMinus);
    }
}
