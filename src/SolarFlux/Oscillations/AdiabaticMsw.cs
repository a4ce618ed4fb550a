namespace SolarFlux.Oscillations;

/// <summary>
/// Adiabatic three-flavour MSW-LMA formulas for one production point (physics.md §3). Pure functions.
/// Energies in MeV, electron densities in N_A cm^-3.
/// </summary>
public static class AdiabaticMsw
{
    /// <summary>
    /// V / n_e = sqrt(2) G_F (hbar c)^3 N_A [eV per N_A cm^-3] = 7.63e-14 eV (physics.md §3).
    /// </summary>
    public static readonly double PotentialPerElectronDensity =
        Math.Sqrt(2) * (PhysicalConstants.FermiConstantGeV * 1e-18) // G_F [eV^-2]
        * Math.Pow(PhysicalConstants.HbarC * 1e6, 3)                   // (hbar c)^3 [eV^3 cm^3]
        * PhysicalConstants.Avogadro;

    /// <summary>beta = 2 V E c13^2 / Delta m^2_21 (E converted to eV).</summary>
    public static double Beta(double energy, double electronDensity, MixingParameters mixing) =>
        2 * PotentialPerElectronDensity * electronDensity * (energy * 1e6) * mixing.Cos2Theta13 / mixing.DeltaM21Sq;

    /// <summary>cos 2theta_m = (cos 2theta12 - beta) / sqrt((cos 2theta12 - beta)^2 + sin^2 2theta12).</summary>
    public static double CosDoubleThetaMatter(double beta, MixingParameters mixing)
    {
        double a = mixing.CosDoubleTheta12 - beta;
        return a / Math.Sqrt(a * a + mixing.Sin2DoubleTheta12);
    }

    /// <summary>d cos 2theta_m / d beta = -sin^2 2theta12 / ((cos 2theta12 - beta)^2 + sin^2 2theta12)^(3/2).</summary>
    public static double CosDoubleThetaMatterSlope(double beta, MixingParameters mixing)
    {
        double a = mixing.CosDoubleTheta12 - beta;
        double d2 = a * a + mixing.Sin2DoubleTheta12;
        return -mixing.Sin2DoubleTheta12 / (d2 * Math.Sqrt(d2));
    }

    /// <summary>Two-flavour survival P_2nu = 1/2 (1 + cos 2theta12 cos 2theta_m).</summary>
    public static double Pee2Nu(double cosDoubleThetaMatter, MixingParameters mixing) =>
        0.5 * (1 + mixing.CosDoubleTheta12 * cosDoubleThetaMatter);

    /// <summary>P_e1 = c13^2 cos^2 theta_m, P_e2 = c13^2 sin^2 theta_m, P_e3 = s13^2 (incoherent, at Earth).</summary>
    public static MassStateProbabilities MassStates(double cosDoubleThetaMatter, MixingParameters mixing)
    {
        double c13Sq = mixing.Cos2Theta13;
        return new MassStateProbabilities(
            c13Sq * 0.5 * (1 + cosDoubleThetaMatter),
            c13Sq * 0.5 * (1 - cosDoubleThetaMatter),
            mixing.Sin2Theta13);
    }

    /// <summary>P_ee = sum_i P_ei |U_ei|^2 = c13^4 P_2nu + s13^4.</summary>
    public static double Pee(double cosDoubleThetaMatter, MixingParameters mixing)
    {
        double c13Sq = mixing.Cos2Theta13;
        return c13Sq * c13Sq * Pee2Nu(cosDoubleThetaMatter, mixing) + mixing.Sin2Theta13 * mixing.Sin2Theta13;
    }
}
