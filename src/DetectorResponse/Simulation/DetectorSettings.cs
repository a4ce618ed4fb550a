using DetectorResponse.Quenching;

namespace DetectorResponse.Simulation;

/// <summary>
/// The "detector" section of a simulation config: response parameters with defaults and ranges
/// (physics.md §6; the same names, defaults and ranges as the analytic response parameters), the
/// alpha quenching factor and the event statistics. Builds the light maps and the estimators.
/// </summary>
internal sealed class DetectorSettings
{
    // key, default, min, max, unit
    private static readonly (string Key, double Default, double Min, double Max, string Unit)[] Table =
    [
        ("lightYield", 500, 100, 2000, "pe/MeV"),
        ("kB", 0.0115, 0, 0.03, "cm/MeV"),
        ("cherenkovFraction", 0.025, 0, 0.2, ""),
        ("varianceFactor", 0.10, 0, 2, ""),
        ("constantTerm", 0.012, 0, 0.2, ""),
        ("darkNoise", 2.0, 0, 50, "estimator units"),
        ("hitsPerPhotoelectron", 0.78, 0.3, 1, "hits/pe"),
        ("livePmts", 1700, 500, 2500, "PMTs"),
        ("windowFractionDt1", 0.92, 0.5, 1, ""),
        ("windowFractionDt2", 0.96, 0.5, 1, ""),
        ("alphaQuenchingFactor", AlphaQuenching.DefaultFactor, 1, 50, ""),
    ];

    public static readonly string[] EstimatorNames = ["npe", "nh", "npmts", "npmts_dt1", "npmts_dt2"];

    private DetectorSettings(Dictionary<string, double> values, EventStatistics statistics)
    {
        Values = values;
        Statistics = statistics;
    }

    public IReadOnlyDictionary<string, double> Values { get; }

    public EventStatistics Statistics { get; }

    public double this[string key] => Values[key];

    public static DetectorSettings Read(ConfigNode? node)
    {
        var values = Table.ToDictionary(t => t.Key, t => t.Default);
        var statistics = EventStatistics.Poisson;
        if (node is not null)
        {
            node.AllowOnly([.. Table.Select(t => t.Key), "statistics"]);
            foreach (var (key, _, min, max, unit) in Table)
                if (node.Child(key) is { } v)
                    values[key] = v.InRange(min, max, unit);
            if (node.Child("statistics") is { } s)
                statistics = s.String().ToLowerInvariant() switch
                {
                    "poisson" => EventStatistics.Poisson,
                    "gaussian" => EventStatistics.Gaussian,
                    _ => throw s.Error($"expected \"poisson\" or \"gaussian\", got {s.Raw()}"),
                };
        }
        return new DetectorSettings(values, statistics);
    }

    public VisibleLight Light() => new(this["kB"], this["cherenkovFraction"], this["alphaQuenchingFactor"]);

    /// <summary>
    /// Estimator model with the mean of physics.md §6: N_pe = LY E; nh = h N_pe; npmts (in windows with
    /// light fractions w) = N_live (1 - exp(-w N_pe / N_live)).
    /// </summary>
    public SimulatedEstimator Estimator(string name, ConfigNode where)
    {
        double ly = this["lightYield"], live = this["livePmts"];
        Func<double, double> Saturating(double fraction) => e => live * (1 - Math.Exp(-fraction * ly * e / live));
        Func<double, double> mean = name.ToLowerInvariant() switch
        {
            "npe" => e => ly * e,
            "nh" => e => this["hitsPerPhotoelectron"] * ly * e,
            "npmts" => Saturating(1),
            "npmts_dt1" => Saturating(this["windowFractionDt1"]),
            "npmts_dt2" => Saturating(this["windowFractionDt2"]),
            _ => throw where.Error($"unknown estimator '{name}'; expected one of {string.Join(", ", EstimatorNames)}"),
        };
        return new SimulatedEstimator(name.ToLowerInvariant(), mean, this["varianceFactor"], this["constantTerm"], this["darkNoise"], Statistics);
    }
}
