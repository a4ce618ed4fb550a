using DetectorResponse.Estimators;
using DetectorResponse.Quenching;
using SolarFlux.Common;

namespace DetectorResponse.Simulation;

/// <summary>
/// The "detector" section of a simulation config: the analytic response parameters
/// (<see cref="ResponseParameters"/>: same defaults and ranges, so the Monte Carlo and the analytic
/// folding describe the same detector), the alpha quenching factor and the event statistics.
/// </summary>
internal sealed class DetectorSettings
{
    private static readonly string[] Keys =
    [
        "lightYield", "kB", "cherenkovFraction", "varianceFactor", "constantTerm", "darkNoise",
        "hitsPerPhotoelectron", "livePmts", "windowFractionDt1", "windowFractionDt2", "alphaQuenchingFactor", "statistics",
    ];

    private DetectorSettings(ResponseParameters response, double alphaFactor, EventStatistics statistics)
    {
        Response = response;
        AlphaQuenchingFactor = alphaFactor;
        Statistics = statistics;
    }

    public ResponseParameters Response { get; }

    public double AlphaQuenchingFactor { get; }

    public EventStatistics Statistics { get; }

    /// <summary>The values used, by config key (for the truth file).</summary>
    public IReadOnlyDictionary<string, double> Values => new Dictionary<string, double>
    {
        ["lightYield"] = Response.LightYield,
        ["kB"] = Response.Kb,
        ["cherenkovFraction"] = Response.CherenkovFraction,
        ["varianceFactor"] = Response.VarianceFactor,
        ["constantTerm"] = Response.ConstantTerm,
        ["darkNoise"] = Response.DarkNoise,
        ["hitsPerPhotoelectron"] = Response.HitsPerPhotoelectron,
        ["livePmts"] = Response.LivePmts,
        ["windowFractionDt1"] = Response.WindowFractionDt1,
        ["windowFractionDt2"] = Response.WindowFractionDt2,
        ["alphaQuenchingFactor"] = AlphaQuenchingFactor,
    };

    public static DetectorSettings Read(ConfigNode? node)
    {
        var r = new ResponseParameters();
        double alpha = AlphaQuenching.DefaultFactor;
        var statistics = EventStatistics.Poisson;
        if (node is null)
            return new DetectorSettings(r, alpha, statistics);
        node.AllowOnly(Keys);
        foreach (var (key, v) in node.Properties())
        {
            try
            {
                r = key switch
                {
                    "lightYield" => r with { LightYield = v.Number() },
                    "kB" => r with { Kb = v.Number() },
                    "cherenkovFraction" => r with { CherenkovFraction = v.Number() },
                    "varianceFactor" => r with { VarianceFactor = v.Number() },
                    "constantTerm" => r with { ConstantTerm = v.Number() },
                    "darkNoise" => r with { DarkNoise = v.Number() },
                    "hitsPerPhotoelectron" => r with { HitsPerPhotoelectron = v.Number() },
                    "livePmts" => r with { LivePmts = v.Number() },
                    "windowFractionDt1" => r with { WindowFractionDt1 = v.Number() },
                    "windowFractionDt2" => r with { WindowFractionDt2 = v.Number() },
                    _ => r,
                };
            }
            catch (UserInputException e)
            {
                throw v.Error(e.Message);
            }
            if (key == "alphaQuenchingFactor")
                alpha = v.InRange(1, 50, "");
            if (key == "statistics")
                statistics = v.String().ToLowerInvariant() switch
                {
                    "poisson" => EventStatistics.Poisson,
                    "gaussian" => EventStatistics.Gaussian,
                    _ => throw v.Error($"expected \"poisson\" or \"gaussian\", got {v.Raw()}"),
                };
        }
        return new DetectorSettings(r, alpha, statistics);
    }

    public VisibleLight Light() => new(Response.Kb, Response.CherenkovFraction, AlphaQuenchingFactor);

    /// <summary>The Monte Carlo model of the estimator named in the config (npe, nh, npmts, npmts_dt1, npmts_dt2).</summary>
    public SimulatedEstimator Estimator(string name, ConfigNode where)
    {
        EnergyEstimator estimator;
        try
        {
            estimator = EnergyEstimatorNames.Parse(name, "estimator");
        }
        catch (UserInputException e)
        {
            throw where.Error(e.Message);
        }
        return SimulatedEstimator.FromResponse(new EstimatorResponse(estimator, Response), Statistics);
    }
}
