using SolarFlux;
using SolarFlux.Common;

namespace DetectorResponse.Quenching;

/// <summary>
/// Shape of the Cherenkov light of an electron (or positron) slowing down in the scintillator.
/// Frank-Tamm (I.M. Frank, I.E. Tamm, Dokl. Akad. Nauk SSSR 14, 109 (1937); PDG "Passage of particles
/// through matter", Eq. 34.44): photons per unit path and wavelength are proportional to
/// sin^2 theta_c = 1 - 1/(beta^2 n^2), above the threshold beta &gt; 1/n (T_th = 0.175 MeV for n = 1.50).
/// Photons per MeV lost are then proportional to sin^2 theta_c(E) / (dE/dx)(E), and the Cherenkov
/// light of a track of kinetic energy T, in MeV-equivalent units, is
///   C(T) = integral_{T_th}^{T} [sin^2 theta_c(E) / sin^2 theta_c(inf)] [S(1 MeV) / S(E)] dE,
/// i.e. normalized so that a fully relativistic electron near minimum ionization adds one unit per MeV.
/// The detector sees f_Ch C(T) on top of the scintillation light (f_Ch: the fraction of that light
/// which is detected after absorption/re-emission; a response parameter).
/// </summary>
public sealed class CherenkovLight
{
    /// <summary>Default refractive index of pseudocumene at ~400 nm (physics.md §6: n ~ 1.50).</summary>
    public const double PseudocumeneRefractiveIndex = 1.50;

    private readonly CumulativeIntegralTable _table;

    private CherenkovLight(double refractiveIndex, Func<double, double> stoppingPower)
    {
        if (!(refractiveIndex > 1.0 && refractiveIndex < 3.0))
            throw new UserInputException($"refractive index: expected 1 < n < 3, got {refractiveIndex}");
        RefractiveIndex = refractiveIndex;
        double gammaTh = 1.0 / Math.Sqrt(1.0 - 1.0 / (refractiveIndex * refractiveIndex));
        Threshold = (gammaTh - 1.0) * PhysicalConstants.ElectronMass;
        double sinSqInf = 1.0 - 1.0 / (refractiveIndex * refractiveIndex);
        double sRef = stoppingPower(1.0);
        _table = new CumulativeIntegralTable(e =>
        {
            if (e <= Threshold)
                return 0.0;
            double gamma = 1.0 + e / PhysicalConstants.ElectronMass;
            double betaSq = 1.0 - 1.0 / (gamma * gamma);
            double sinSq = 1.0 - 1.0 / (betaSq * refractiveIndex * refractiveIndex);
            return sinSq / sinSqInf * sRef / stoppingPower(e);
        }, BirksQuenching.MaxEnergy);
    }

    public static CherenkovLight ForElectrons(ElectronStoppingPower medium, double refractiveIndex = PseudocumeneRefractiveIndex) =>
        new(refractiveIndex, medium.Electron);

    public static CherenkovLight ForPositrons(ElectronStoppingPower medium, double refractiveIndex = PseudocumeneRefractiveIndex) =>
        new(refractiveIndex, medium.Positron);

    public double RefractiveIndex { get; }

    /// <summary>Kinetic-energy threshold T_th = m (1/sqrt(1 - 1/n^2) - 1) [MeV].</summary>
    public double Threshold { get; }

    /// <summary>Cherenkov light C(T) [MeV-equivalent, before the detection fraction f_Ch].</summary>
    public double Light(double kineticEnergy)
    {
        if (!(kineticEnergy >= 0 && kineticEnergy <= BirksQuenching.MaxEnergy))
            throw new ArgumentOutOfRangeException(nameof(kineticEnergy), kineticEnergy, $"expected 0 to {BirksQuenching.MaxEnergy} MeV");
        return kineticEnergy <= Threshold ? 0.0 : _table.Value(kineticEnergy);
    }
}
