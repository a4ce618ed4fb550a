namespace DetectorResponse.Estimators;

/// <summary>
/// Borexino energy estimators (physics.md §6): total charge in photoelectrons, number of hits, number
/// of PMTs hit in the cluster, and number of PMTs hit in fixed windows of 230 ns (dt1) and 400 ns (dt2).
/// Names for configs and the command line: see <see cref="EnergyEstimatorNames"/>.
/// </summary>
public enum EnergyEstimator
{
    /// <summary>"npe": collected charge in photoelectrons.</summary>
    Npe,

    /// <summary>"nh": number of hits (a PMT may give several).</summary>
    Nh,

    /// <summary>"npmts": number of PMTs hit in the cluster.</summary>
    Npmts,

    /// <summary>"npmts_dt1": PMTs hit within 230 ns.</summary>
    NpmtsDt1,

    /// <summary>"npmts_dt2": PMTs hit within 400 ns.</summary>
    NpmtsDt2,
}
