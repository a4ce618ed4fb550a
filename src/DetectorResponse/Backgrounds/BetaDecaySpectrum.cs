using DetectorResponse.Spectra;
using SolarFlux;
using SolarFlux.Common;
using SolarFlux.Spectra;

namespace DetectorResponse.Backgrounds;

/// <summary>
/// Kinetic-energy spectrum of the electron (beta-) or positron (beta+) of a single beta branch:
/// <code>
///   dN/dT  ∝  p W (W0 - W)^2 F0(Z, W) C(W),   W = 1 + T/m_e,  W0 = 1 + Q/m_e,   0 &lt;= T &lt;= Q
/// </code>
/// (e.g. Hayen et al., Rev. Mod. Phys. 90, 015008 (2018), Eq. 1 without the small corrections), with the
/// relativistic Fermi function <see cref="FermiFunction"/> of the daughter (charge Z) and a shape factor C.
/// Q is the endpoint kinetic energy of the charged lepton (for beta+: Q_EC - 2 m_e).
/// Normalized to 1 over [0, Q]; the normalization and mean are computed once at construction.
/// <see cref="Density"/> interpolates a precomputed <see cref="SqrtGridDensity"/> (cheap, allocation-free);
/// <see cref="ExactDensity"/> evaluates the formula; bin integrals use the formula.
/// Annihilation gammas of beta+ emitters are not included (the detector response adds them).
/// </summary>
public sealed class BetaDecaySpectrum
{
    private readonly FermiFunction _fermi;
    private readonly BetaShapeFactor _shapeFactor;
    private readonly double _normalization;
    private readonly SqrtGridDensity _grid;
    private const int GridPoints = 4097;

    /// <param name="name">Isotope name, e.g. "14C" (for messages and reports).</param>
    /// <param name="qValue">Endpoint kinetic energy Q of the lepton [MeV], &gt; 0.</param>
    /// <param name="daughterCharge">Z of the daughter nucleus.</param>
    /// <param name="massNumber">A (sets the nuclear radius in F0).</param>
    /// <param name="kind">beta- or beta+.</param>
    /// <param name="shapeFactor">C(W); null means allowed (C = 1).</param>
    public BetaDecaySpectrum(string name, double qValue, int daughterCharge, int massNumber, BetaDecayKind kind,
                             BetaShapeFactor? shapeFactor = null)
    {
        if (!(qValue > 0) || !double.IsFinite(qValue))
            throw new UserInputException($"{name}: beta Q value must be finite and > 0 MeV, got {qValue}");
        Name = name;
        QValue = qValue;
        Kind = kind;
        _fermi = FermiFunction.ForNucleus(daughterCharge, massNumber, kind);
        _shapeFactor = shapeFactor ?? ShapeFactors.Allowed;

        for (int i = 0; i <= 64; i++)
        {
            double t = qValue * i / 64;
            double c = _shapeFactor(Kinematics(t));
            if (!double.IsFinite(c) || c < 0)
                throw new UserInputException($"{name}: the beta shape factor must be finite and >= 0 over [0, Q]; it is {c} at T = {t:G4} MeV");
        }

        double norm = BetaEndpointQuadrature.Integrate(Unnormalized, 0, qValue, 64);
        double first = BetaEndpointQuadrature.Integrate(t => t * Unnormalized(t), 0, qValue, 64);
        if (!(norm > 0) || !double.IsFinite(norm))
            throw new UserInputException($"{name}: the beta spectrum does not integrate to a positive number (check the shape factor)");
        _normalization = 1 / norm;
        Mean = first / norm;
        _grid = new SqrtGridDensity(qValue, GridPoints, ExactDensity);
    }

    public string Name { get; }

    /// <summary>Endpoint kinetic energy [MeV].</summary>
    public double QValue { get; }

    public BetaDecayKind Kind { get; }

    public int DaughterCharge => _fermi.DaughterCharge;

    /// <summary>Mean kinetic energy of the charged lepton [MeV].</summary>
    public double Mean { get; }

    /// <summary>Normalized density dN/dT [1/MeV] at kinetic energy T [MeV]; 0 outside [0, Q]. Cheap, allocation-free.</summary>
    public double Density(double kineticEnergy) => _grid.Evaluate(kineticEnergy);

    /// <summary>Normalized density dN/dT [1/MeV] from the formula (slower; for validation).</summary>
    public double ExactDensity(double kineticEnergy)
    {
        if (!(kineticEnergy >= 0 && kineticEnergy <= QValue))
            return 0;
        return _normalization * Unnormalized(kineticEnergy);
    }

    /// <summary>Probability that T lies in [low, high] (clipped to [0, Q]).</summary>
    public double Probability(double low, double high)
    {
        double a = Math.Max(low, 0), b = Math.Min(high, QValue);
        if (!(b > a))
            return 0;
        int panels = Math.Max(2, (int)Math.Ceiling(32 * (Math.Sqrt(b) - Math.Sqrt(a)) / Math.Sqrt(QValue)));
        return _normalization * BetaEndpointQuadrature.Integrate(Unnormalized, a, b, panels);
    }

    /// <summary>
    /// The spectrum binned on the given kinetic-energy edges [MeV]: each content is the INTEGRAL of the density over
    /// the bin (a probability per decay), so the contents add up to the fraction of decays inside the edges.
    /// </summary>
    public EnergyHistogram ToHistogram(IReadOnlyList<double> edges)
    {
        // Validate through EnergyHistogram first (clear message on bad edges), then fill.
        var contents = new double[Math.Max(edges.Count - 1, 0)];
        _ = new EnergyHistogram(edges, contents, $"{Name} beta spectrum");
        for (int i = 0; i < contents.Length; i++)
            contents[i] = Probability(edges[i], edges[i + 1]);
        return new EnergyHistogram(edges, contents, $"{Name} beta spectrum");
    }

    private BetaKinematics Kinematics(double kineticEnergy)
    {
        double w = 1 + kineticEnergy / PhysicalConstants.ElectronMass;
        double p = Math.Sqrt(Math.Max(w * w - 1, 0));
        double q = (QValue - kineticEnergy) / PhysicalConstants.ElectronMass;
        return new BetaKinematics(kineticEnergy, w, p, q);
    }

    private double Unnormalized(double kineticEnergy)
    {
        var k = Kinematics(kineticEnergy);
        if (k.NeutrinoMomentum <= 0)
            return 0;
        return k.TotalEnergy * k.NeutrinoMomentum * k.NeutrinoMomentum
               * _fermi.MomentumTimesValue(k.TotalEnergy, k.Momentum) * _shapeFactor(k);
    }
}
