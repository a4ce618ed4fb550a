namespace DetectorResponse.Simulation;

/// <summary>
/// A Monte Carlo run described by a simulation config (<see cref="SimulationConfigFile"/>): the detector,
/// the components, optional pile-up, the binning per estimator, and the parameter values used (for
/// the truth file).
/// </summary>
public sealed record SimulationSetup(
    DetectorMonteCarlo Detector,
    IReadOnlyList<SimulationComponent> Components,
    PileUpOverlay? PileUp,
    IReadOnlyDictionary<string, double[]> Binning,
    IReadOnlyDictionary<string, double> DetectorParameters,
    IReadOnlyDictionary<string, string> ComponentSpectra)
{
    public SimulationRequest Request(double exposure, ulong seed) =>
        new(Components, PileUp, exposure, seed, Binning);
}
