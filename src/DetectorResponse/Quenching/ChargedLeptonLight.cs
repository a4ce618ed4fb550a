namespace DetectorResponse.Quenching;

/// <summary>
/// Light of an electron or positron track of kinetic energy T, split into the two parts the response
/// model needs: scintillation E_q(T) (Birks, fixed kB) and Cherenkov C(T) (weighted by the free
/// parameter f_Ch). Visible energy E_vis(T) = E_q(T) + f_Ch C(T) [MeV].
/// </summary>
public sealed class ChargedLeptonLight
{
    public ChargedLeptonLight(BirksQuenching quenching, CherenkovLight cherenkov)
    {
        Quenching = quenching;
        CherenkovEmission = cherenkov;
    }

    /// <summary>Electrons in pseudocumene with Birks constant kB [cm/MeV] and n = 1.50.</summary>
    public static ChargedLeptonLight Electrons(double kb) =>
        new(BirksQuenching.ForElectrons(kb, ElectronStoppingPower.Pseudocumene),
            DetectorResponse.Quenching.CherenkovLight.ForElectrons(ElectronStoppingPower.Pseudocumene));

    /// <summary>Positrons (kinetic energy only) in pseudocumene.</summary>
    public static ChargedLeptonLight Positrons(double kb) =>
        new(BirksQuenching.ForPositrons(kb, ElectronStoppingPower.Pseudocumene),
            DetectorResponse.Quenching.CherenkovLight.ForPositrons(ElectronStoppingPower.Pseudocumene));

    public BirksQuenching Quenching { get; }
    public CherenkovLight CherenkovEmission { get; }

    public double Kb => Quenching.Kb;

    /// <summary>Scintillation light E_q(T) [MeV].</summary>
    public double Scintillation(double kineticEnergy) => Quenching.QuenchedEnergy(kineticEnergy);

    /// <summary>Cherenkov light C(T) [MeV-equivalent].</summary>
    public double CherenkovLight(double kineticEnergy) => CherenkovEmission.Light(kineticEnergy);

    /// <summary>E_vis(T) = E_q(T) + f_Ch C(T) [MeV].</summary>
    public double VisibleEnergy(double kineticEnergy, double cherenkovFraction) =>
        Scintillation(kineticEnergy) + cherenkovFraction * CherenkovLight(kineticEnergy);

    /// <summary>Kinetic energy T [MeV] of an electron with the given visible energy (bisection; E_vis is increasing).</summary>
    public double KineticEnergyFor(double visibleEnergy, double cherenkovFraction)
    {
        double lo = 0, hi = BirksQuenching.MaxEnergy;
        if (visibleEnergy <= 0)
            return 0;
        if (visibleEnergy >= VisibleEnergy(hi, cherenkovFraction))
            throw new ArgumentOutOfRangeException(nameof(visibleEnergy), visibleEnergy, "beyond the tabulated range");
        for (int i = 0; i < 60; i++)
        {
            double mid = 0.5 * (lo + hi);
            if (VisibleEnergy(mid, cherenkovFraction) < visibleEnergy)
                lo = mid;
            else
                hi = mid;
        }
        return 0.5 * (lo + hi);
    }
}
