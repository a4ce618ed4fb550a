using DetectorResponse.Data;

namespace DetectorResponse.Simulation;

/// <summary>The datasets of a Monte Carlo run (one per estimator, in the detector's order) and what was simulated.</summary>
public sealed record SimulationResult(
    IReadOnlyList<BinnedDataset> Datasets,
    IReadOnlyList<ComponentTruth> Components,
    ulong Seed,
    double Exposure);
