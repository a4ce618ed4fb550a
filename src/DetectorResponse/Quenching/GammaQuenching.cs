using SolarFlux;

namespace DetectorResponse.Quenching;

/// <summary>
/// Light of a gamma ray fully absorbed in the scintillator. A gamma of 0.1-3 MeV in a hydrocarbon
/// loses its energy through a cascade of Compton scatterings, each producing an electron that is
/// quenched on its own (lower-energy electrons are quenched more), so the gamma looks quenched
/// relative to one electron of the same energy. Approximation used here ("mean Compton cascade"):
///   L(E) = &lt; l_e(T) + L(E - T) &gt;_KN     for E &gt; 20 keV,    L(E) = l_e(E) below 20 keV,
/// the average over the Klein-Nishina recoil spectrum dsigma/dT (Klein &amp; Nishina, Z. Phys. 52, 853
/// (1929)), with l_e the electron light (scintillation and Cherenkov parts separately). Below 20 keV
/// photoabsorption dominates in carbon and the photon is absorbed by one electron. Neglected: escape of
/// the scattered photon (this is the full-absorption light), electron binding, Rayleigh scattering,
/// and the fluctuations of the cascade (only the mean light is tabulated).
/// </summary>
public sealed class GammaQuenching
{
    private const double PhotoabsorptionBelow = 0.020; // MeV
    private const int QuadraturePoints = 48;
    private const double Step = 0.002; // MeV grid step

    private readonly double[] _scint;
    private readonly double[] _cherenkov;

    public GammaQuenching(ChargedLeptonLight electrons, double maxEnergy = 5.0)
    {
        if (!(maxEnergy >= 0.1 && maxEnergy <= 10.0))
            throw new SolarFlux.Common.UserInputException($"gamma quenching table: maximum gamma energy must be 0.1-10 MeV, got {maxEnergy}");
        Electrons = electrons;
        MaxEnergy = maxEnergy;
        int n = (int)Math.Ceiling(maxEnergy / Step) + 1;
        _scint = new double[n];
        _cherenkov = new double[n];
        var (x, w) = GaussLegendre(QuadraturePoints);
        for (int k = 1; k < n; k++)
        {
            double e = k * Step;
            if (e <= PhotoabsorptionBelow)
            {
                _scint[k] = electrons.Scintillation(e);
                _cherenkov[k] = electrons.CherenkovLight(e);
                continue;
            }
            // Provisional value at the top node, refined by fixed-point iteration (the scattered photon
            // energy E - T reaches up to E for forward scattering).
            _scint[k] = _scint[k - 1] * e / (e - Step);
            _cherenkov[k] = _cherenkov[k - 1];
            double eps = e / PhysicalConstants.ElectronMass;
            double tMax = e * 2 * eps / (1 + 2 * eps);
            for (int iteration = 0; iteration < 4; iteration++)
            {
                double sumW = 0, sumS = 0, sumC = 0;
                for (int q = 0; q < x.Length; q++)
                {
                    double t = 0.5 * tMax * (1 + x[q]);
                    double weight = w[q] * KleinNishinaRecoil(t, e);
                    sumW += weight;
                    sumS += weight * (electrons.Scintillation(t) + Interpolate(_scint, e - t));
                    sumC += weight * (electrons.CherenkovLight(t) + Interpolate(_cherenkov, e - t));
                }
                _scint[k] = sumS / sumW;
                _cherenkov[k] = sumC / sumW;
            }
        }
    }

    public ChargedLeptonLight Electrons { get; }

    public double MaxEnergy { get; }

    /// <summary>Scintillation light of a fully absorbed gamma of energy E [MeV].</summary>
    public double Scintillation(double gammaEnergy) => Interpolate(_scint, Check(gammaEnergy));

    /// <summary>Cherenkov light (before f_Ch) of a fully absorbed gamma [MeV-equivalent].</summary>
    public double CherenkovLight(double gammaEnergy) => Interpolate(_cherenkov, Check(gammaEnergy));

    /// <summary>Visible energy of a fully absorbed gamma [MeV].</summary>
    public double VisibleEnergy(double gammaEnergy, double cherenkovFraction) =>
        Scintillation(gammaEnergy) + cherenkovFraction * CherenkovLight(gammaEnergy);

    /// <summary>Effective quenching factor of the gamma, scintillation light / E.</summary>
    public double QuenchingFactor(double gammaEnergy) => Scintillation(gammaEnergy) / gammaEnergy;

    /// <summary>Kinetic energy of the single electron that gives the same visible light [MeV].</summary>
    public double ElectronEquivalentEnergy(double gammaEnergy, double cherenkovFraction) =>
        Electrons.KineticEnergyFor(VisibleEnergy(gammaEnergy, cherenkovFraction), cherenkovFraction);

    /// <summary>Klein-Nishina recoil-electron spectrum dsigma/dT up to a constant (s = T/E, eps = E/m).</summary>
    private static double KleinNishinaRecoil(double t, double e)
    {
        double eps = e / PhysicalConstants.ElectronMass, s = t / e;
        return 2 + s * s / (eps * eps * (1 - s) * (1 - s)) + s / (1 - s) * (s - 2 / eps);
    }

    private double Check(double gammaEnergy)
    {
        if (!(gammaEnergy >= 0 && gammaEnergy <= MaxEnergy))
            throw new ArgumentOutOfRangeException(nameof(gammaEnergy), gammaEnergy, $"expected 0 to {MaxEnergy} MeV");
        return gammaEnergy;
    }

    private static double Interpolate(double[] table, double energy)
    {
        double u = energy / Step;
        int k = Math.Min((int)u, table.Length - 2);
        double f = u - k;
        return table[k] + f * (table[k + 1] - table[k]);
    }

    private static (double[] X, double[] W) GaussLegendre(int n)
    {
        var rule = new MathNet.Numerics.Integration.GaussLegendreRule(-1, 1, n);
        return (rule.Abscissas, rule.Weights);
    }
}
