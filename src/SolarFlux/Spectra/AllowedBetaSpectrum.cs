namespace SolarFlux.Spectra;

/// <summary>
/// Neutrino-energy spectrum of an allowed beta decay (or pp fusion), e.g. for beta+ emitters:
/// <code>
///   dN/dE_nu  ∝  E_nu^2  p_e W_e  F0(Z, W_e),     W_e = 1 + (E0 - E_nu)/m_e,   0 &lt; E_nu &lt; E0
/// </code>
/// (the allowed shape, e.g. Bahcall, Neutrino Astrophysics (1989), ch. 6, with the relativistic Fermi function of
/// <see cref="FermiFunction"/>). E0 is the neutrino endpoint (lepton kinetic energy zero), Z the daughter charge.
/// Normalized to one neutrino; the normalization and mean are computed once at construction (Gauss-Legendre in
/// sqrt of the lepton kinetic energy). <see cref="ContinuumDensity"/> interpolates a precomputed
/// <see cref="SqrtGridDensity"/> (4097 points, relative error &lt; 1e-5); <see cref="ExactDensity"/> evaluates the formula.
/// </summary>
public sealed class AllowedBetaSpectrum : NeutrinoSpectrum
{
    private readonly double _endpoint;
    private readonly double _normalization;
    private readonly FermiFunction _fermi;
    private readonly SqrtGridDensity _grid;
    private const int GridPoints = 4097;

    /// <param name="endpoint">Neutrino endpoint E0 [MeV], &gt; 0.</param>
    /// <param name="daughterCharge">Charge Z of the daughter nucleus.</param>
    /// <param name="massNumber">Mass number A (sets the nuclear radius in the Fermi function).</param>
    /// <param name="kind">beta+ for solar neutrinos (default); beta- gives the antineutrino spectrum.</param>
    public AllowedBetaSpectrum(double endpoint, int daughterCharge, int massNumber, BetaDecayKind kind = BetaDecayKind.BetaPlus)
    {
        if (!(endpoint > 0) || !double.IsFinite(endpoint))
            throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, "endpoint must be finite and > 0");
        _endpoint = endpoint;
        _fermi = FermiFunction.ForNucleus(daughterCharge, massNumber, kind);
        // Integrate in the lepton kinetic energy T = E0 - E_nu (smooth in sqrt(T)).
        double norm = BetaEndpointQuadrature.Integrate(t => Unnormalized(endpoint - t), 0, endpoint, 64);
        double first = BetaEndpointQuadrature.Integrate(t => (endpoint - t) * Unnormalized(endpoint - t), 0, endpoint, 64);
        _normalization = 1 / norm;
        MeanEnergy = first / norm;
        // Tabulate in the lepton kinetic energy T = E0 - E_nu, where the shape is smooth in sqrt(T).
        _grid = new SqrtGridDensity(endpoint, GridPoints, t => ExactDensity(endpoint - t));
    }

    public double Endpoint => _endpoint;

    public FermiFunction Fermi => _fermi;

    public override double MinEnergy => 0;

    public override double MaxEnergy => _endpoint;

    public override double MeanEnergy { get; }

    /// <summary>Normalized dN/dE [1/MeV] from the precomputed grid: cheap and allocation-free.</summary>
    public override double ContinuumDensity(double energy)
    {
        if (!(energy > 0 && energy < _endpoint))
            return 0;
        return _grid.Evaluate(_endpoint - energy);
    }

    /// <summary>Normalized dN/dE [1/MeV] evaluated from the formula (slower; for validation).</summary>
    public double ExactDensity(double energy)
    {
        if (!(energy > 0 && energy < _endpoint))
            return 0;
        return _normalization * Unnormalized(energy);
    }

    private double Unnormalized(double neutrinoEnergy)
    {
        double w = 1 + (_endpoint - neutrinoEnergy) / PhysicalConstants.ElectronMass;
        double p = Math.Sqrt(w * w - 1);
        return neutrinoEnergy * neutrinoEnergy * w * _fermi.MomentumTimesValue(w, p);
    }
}
