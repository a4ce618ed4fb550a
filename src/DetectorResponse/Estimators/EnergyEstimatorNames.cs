using SolarFlux.Common;

namespace DetectorResponse.Estimators;

/// <summary>Config/command-line names of the energy estimators: npe, nh, npmts, npmts_dt1, npmts_dt2.</summary>
public static class EnergyEstimatorNames
{
    private static readonly (EnergyEstimator Estimator, string Name)[] Table =
    [
        (EnergyEstimator.Npe, "npe"),
        (EnergyEstimator.Nh, "nh"),
        (EnergyEstimator.Npmts, "npmts"),
        (EnergyEstimator.NpmtsDt1, "npmts_dt1"),
        (EnergyEstimator.NpmtsDt2, "npmts_dt2"),
    ];

    /// <summary>All names, in enum order.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Table.Select(t => t.Name)];

    public static string Name(EnergyEstimator estimator)
    {
        foreach (var (e, n) in Table)
            if (e == estimator)
                return n;
        throw new ArgumentOutOfRangeException(nameof(estimator), estimator, "unknown estimator");
    }

    /// <summary>Parses a name (case-insensitive); <paramref name="what"/> names the input in the error.</summary>
    public static EnergyEstimator Parse(string name, string what = "energy estimator")
    {
        foreach (var (e, n) in Table)
            if (string.Equals(n, name?.Trim(), StringComparison.OrdinalIgnoreCase))
                return e;
        throw new UserInputException($"{what}: unknown estimator '{name}'; expected one of {string.Join(", ", All)}");
    }
}
