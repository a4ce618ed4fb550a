namespace DetectorResponse.Simulation;

/// <summary>
/// What the simulation did for one component: its rate, the expected number of events over the whole
/// spectrum (rate x exposure), the share of the spectrum that was simulated (energies that cannot reach
/// the lowest bin of any estimator are skipped), the number of events simulated, and per estimator the
/// events that landed inside the binning.
/// </summary>
public sealed record ComponentTruth(
    string Name,
    double Rate,
    double ExpectedEvents,
    double SimulatedShare,
    long SimulatedEvents,
    IReadOnlyDictionary<string, long> EventsInBinning);
