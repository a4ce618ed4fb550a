namespace SolarFlux.CrossSections;

/// <summary>
/// Electromagnetic (helicity-flip) nu-e scattering through a neutrino magnetic moment, physics.md §5 /
/// Vogel &amp; Engel, PRD 39, 3378 (1989):
///   dsigma/dT = pi alpha^2 / m_e^2 (mu/mu_B)^2 (1/T - 1/E) = pi r_e^2 (mu/mu_B)^2 (1/T - 1/E)   [cm^2/MeV],
/// pi r_e^2 = 2.495e-25 cm^2, T and E in MeV. It does not interfere with the weak amplitude, so it adds to
/// the Standard-Model cross section; mu is the effective moment of the arriving neutrino state.
/// </summary>
public static class MagneticMomentScattering
{
    /// <summary>pi r_e^2 [cm^2] (CODATA 2018 classical electron radius).</summary>
    public static readonly double PiElectronRadiusSquared =
        Math.PI * PhysicalConstants.ClassicalElectronRadius * PhysicalConstants.ClassicalElectronRadius;

    /// <summary>dsigma/dT [cm^2/MeV] for moment mu (in Bohr magnetons); 0 outside 0 &lt; T &lt; T_max(E).</summary>
    public static double DifferentialCrossSection(double neutrinoEnergy, double recoilEnergy, double momentInBohrMagnetons)
    {
        if (!(recoilEnergy > 0) || recoilEnergy >= ElectronScattering.MaxRecoilEnergy(neutrinoEnergy))
            return 0.0;
        return PiElectronRadiusSquared * momentInBohrMagnetons * momentInBohrMagnetons
               * (1.0 / recoilEnergy - 1.0 / neutrinoEnergy);
    }
}
