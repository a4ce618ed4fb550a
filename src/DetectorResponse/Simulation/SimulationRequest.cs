namespace DetectorResponse.Simulation;

/// <summary>
/// One Monte Carlo run: the components with their rates, optional pile-up, the exposure
/// [day x 100 t], the seed, and the observable bin edges of each estimator to fill.
/// </summary>
/// <param name="SkipSigmas">Energies whose mean lies more than this many standard deviations below
/// the lowest bin edge of every estimator are not simulated (Gaussian tail beyond 8 sigma: 6e-16).</param>
public sealed record SimulationRequest(
    IReadOnlyList<SimulationComponent> Components,
    PileUpOverlay? PileUp,
    double Exposure,
    ulong Seed,
    IReadOnlyDictionary<string, double[]> Binning,
    double SkipSigmas = 8);
