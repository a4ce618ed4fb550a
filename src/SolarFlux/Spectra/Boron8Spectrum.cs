namespace SolarFlux.Spectra;

/// <summary>
/// 8B neutrino spectrum. 8B decays (beta+) to the broad 2+ state of 8Be near 3 MeV, so the spectrum is the
/// allowed shape averaged over the 8Be excitation energy Ex:
/// <code>
///   dN/dE_nu  ∝  integral dEx  w(Ex)  E_nu^2 p_e W_e F0(Z = 4, W_e),   W_e = 1 + (Q0 - Ex - E_nu)/m_e,
///   w(Ex) = exp[ -(ln Ex - mu)^2 / (2 sigma^2) + s (ln Ex - mu)^3 ]     (0 &lt; Ex &lt; 16 MeV)
/// </code>
/// The phase space of each Ex is carried by the unnormalized allowed shape, so w is the intrinsic 8Be
/// strength (a skewed log-normal). The project's own parametrization: mu, sigma, s were fitted by least squares
/// to the normalized spectrum lambda(E) of W.T. Winter et al., Phys. Rev. C 73, 025503 (2006), on its
/// 0.1 MeV grid (0-20 MeV), with F0 from <see cref="FermiFunction"/> (R = 1.2 fm A^1/3).
/// Agreement: integral |ours - Winter| dE = 0.26%, mean energy +0.04% (tests/SolarFlux.Tests/Spectra).
/// Recoil-order corrections are absorbed into the fitted w. Above Ex ~ 10 MeV the phase space (~(Q0 - Ex)^5)
/// suppresses every contribution, so w is not constrained there and should not be read as the 8Be strength. The density is tabulated once on a grid uniform in
/// sqrt(Q0 - E_nu) (<see cref="SqrtGridDensity"/>) and linearly interpolated.
/// </summary>
public sealed class Boron8Spectrum : NeutrinoSpectrum
{
    /// <summary>
    /// Neutrino endpoint for 8B -&gt; 8Be(g.s.) [MeV]: Q_EC = Delta(8B) - Delta(8Be) = 22.9216 - 4.9417 = 17.9799 MeV
    /// (AME2016 mass excesses, Wang et al., Chin. Phys. C 41, 030003 (2017)) minus 2 m_e.
    /// </summary>
    public const double GroundStateEndpoint = 16.958;

    /// <summary>Fitted log-normal centre mu (ln of Ex in MeV), see class summary.</summary>
    public const double LogCentre = 1.15569;

    /// <summary>Fitted log-normal width sigma.</summary>
    public const double LogWidth = 0.362056;

    /// <summary>Fitted skewness coefficient s.</summary>
    public const double Skewness = 2.96652;

    /// <summary>Upper end of the fitted excitation range [MeV].</summary>
    public const double MaxExcitation = 16.0;

    private const int GridPoints = 2049;
    private readonly SqrtGridDensity _grid;
    private readonly double _normalization;
    private readonly FermiFunction _fermi = FermiFunction.ForNucleus(4, 8, BetaDecayKind.BetaPlus);

    public Boron8Spectrum()
    {
        const double q0 = GroundStateEndpoint;
        // Grid in x = Q0 - E_nu; the unnormalized density first, then normalize with the same quadrature.
        var raw = new SqrtGridDensity(q0, GridPoints, x => x >= q0 ? 0 : Unnormalized(q0 - x));
        double norm = BetaEndpointQuadrature.Integrate(x => raw.Evaluate(x), 0, q0, 256);
        double first = BetaEndpointQuadrature.Integrate(x => (q0 - x) * raw.Evaluate(x), 0, q0, 256);
        _normalization = 1 / norm;
        MeanEnergy = first / norm;
        _grid = raw;
    }

    /// <summary>Intrinsic 8Be excitation strength w(Ex) (unnormalized).</summary>
    public static double ExcitationStrength(double excitation)
    {
        if (!(excitation > 0 && excitation < MaxExcitation))
            return 0;
        double x = Math.Log(excitation) - LogCentre;
        return Math.Exp(-x * x / (2 * LogWidth * LogWidth) + Skewness * x * x * x);
    }

    public override double MinEnergy => 0;

    public override double MaxEnergy => GroundStateEndpoint;

    public override double MeanEnergy { get; }

    /// <summary>Normalized dN/dE [1/MeV]; cheap and allocation-free.</summary>
    public override double ContinuumDensity(double energy)
    {
        if (!(energy > 0 && energy < GroundStateEndpoint))
            return 0;
        return _normalization * _grid.Evaluate(GroundStateEndpoint - energy);
    }

    private double Unnormalized(double neutrinoEnergy)
    {
        // Integrate over the positron kinetic energy T = Q0 - Ex - E_nu (Ex = Q0 - E_nu - T).
        double tMax = GroundStateEndpoint - neutrinoEnergy;
        return BetaEndpointQuadrature.Integrate(t =>
        {
            double w = 1 + t / PhysicalConstants.ElectronMass;
            double p = Math.Sqrt(w * w - 1);
            return ExcitationStrength(tMax - t) * w * _fermi.MomentumTimesValue(w, p);
        }, 0, tMax, 24) * neutrinoEnergy * neutrinoEnergy;
    }
}
