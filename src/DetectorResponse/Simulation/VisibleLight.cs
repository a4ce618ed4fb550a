using DetectorResponse.Quenching;

namespace DetectorResponse.Simulation;

/// <summary>
/// Visible energy [MeV] of the particles a component deposits (physics.md §6), from the quenching
/// models of DetectorResponse.Quenching: electrons and positrons (Birks + f_Ch Cherenkov), alphas
/// (quenched by a factor ~13), gammas (Compton cascade). A positron also brings the light of its two
/// 511 keV annihilation gammas, returned by <see cref="AnnihilationLight"/>.
/// </summary>
public sealed class VisibleLight
{
    private readonly ChargedLeptonLight _electrons;
    private readonly ChargedLeptonLight _positrons;
    private readonly AlphaQuenching _alphas;
    private readonly Lazy<GammaQuenching> _gammas;

    public VisibleLight(double kb, double cherenkovFraction, double alphaQuenchingFactor)
    {
        CherenkovFraction = cherenkovFraction;
        _electrons = ChargedLeptonLight.Electrons(kb);
        _positrons = ChargedLeptonLight.Positrons(kb);
        _alphas = new AlphaQuenching(_electrons, alphaQuenchingFactor);
        _gammas = new Lazy<GammaQuenching>(() => new GammaQuenching(_electrons));
    }

    public double CherenkovFraction { get; }

    /// <summary>The gamma light model (Compton cascade) for this kB.</summary>
    public GammaQuenching Gammas => _gammas.Value;

    public double Electron(double kineticEnergy) => _electrons.VisibleEnergy(kineticEnergy, CherenkovFraction);

    public double Positron(double kineticEnergy) => _positrons.VisibleEnergy(kineticEnergy, CherenkovFraction);

    public double Alpha(double energy) => _alphas.VisibleEnergy(energy, CherenkovFraction);

    public double Gamma(double energy) => _gammas.Value.VisibleEnergy(energy, CherenkovFraction);

    /// <summary>Visible energy of the two 511 keV gammas of a positron annihilation at rest.</summary>
    public double AnnihilationLight() => 2 * Gamma(SolarFlux.PhysicalConstants.ElectronMass);

    /// <summary>The map for a particle name: electron, positron (without annihilation), alpha, gamma.</summary>
    public Func<double, double> For(string particle) => particle switch
    {
        "electron" => Electron,
        "positron" => Positron,
        "alpha" => Alpha,
        "gamma" => Gamma,
        _ => throw new ArgumentOutOfRangeException(nameof(particle), particle, "unknown particle"),
    };
}
