using System.Text.Json.Nodes;
using SpectralFit.Minimization;
using SpectralFit.Modeling;
using SpectralFit.Systematics;

namespace SpectralFit.Analysis;

/// <summary>
/// Machine-readable results: "parameters" {name: {"value", "error", "free", "unit"}}, "deviance", "bins", "ndf",
/// "p_value", "converged", "covariance" {"names", "matrix"}, "spectrum" {"estimator", "low", "high", "observed",
/// "expected", "components" {name: [...]}} (counts per bin at the best fit); profiles add "profile" {"mu_B", "delta_deviance"},
/// "upper_limit_90" (Bayesian, mu_B) and "upper_limit_90_delta_chi2"; systematics add "weights".
/// </summary>
public static class AnalysisJson
{
    /// <summary>
    /// `reproduce`'s results: the profile (or, with systematics, the systematics) JSON of the nominal fit plus
    /// "upper_limit_90_without_systematics", "upper_limit_90_without_gallium", "published_upper_limit_90" and
    /// "published_rates" {name: {"value", "error", "basis", "published", "published_error", "unit", "pull", "systematic",
    /// "pull_with_systematic", "note"}}.
    /// </summary>
    public static JsonObject Reproduction(ReproductionOutcome outcome)
    {
        var json = outcome.Systematics is null ? Profile(outcome.Profile) : Systematics(outcome.Systematics, outcome.Best);
        if (outcome.Systematics is not null)
            json["upper_limit_90_without_systematics"] = outcome.Profile.UpperLimit90;
        if (outcome.WithoutGallium is not null)
            json["upper_limit_90_without_gallium"] = outcome.WithoutGallium.UpperLimit90;
        json["published_upper_limit_90"] = PublishedPhase2.MomentLimit90;
        json["published_rates"] = new JsonObject([.. outcome.Rates.Select(r => KeyValuePair.Create(r.Name, (JsonNode?)new JsonObject
        {
            ["value"] = r.Value, ["error"] = r.Error, ["basis"] = r.Basis, ["published"] = r.Published,
            ["published_error"] = r.PublishedError, ["unit"] = r.Unit, ["pull"] = r.Pull, ["systematic"] = r.Systematic,
            ["pull_with_systematic"] = r.PullWithSystematic, ["note"] = r.Note,
        }))]);
        return json;
    }

    public static JsonObject Fit(FitOutcome fit)
    {
        var r = fit.Result;
        var parameters = new JsonObject();
        for (int i = 0; i < r.Names.Count; i++)
        {
            parameters[r.Names[i]] = new JsonObject
            {
                ["value"] = r.Values[i],
                ["error"] = r.Errors[i],
                ["free"] = !r.IsFixed[i],
                ["unit"] = fit.Fit.Units.GetValueOrDefault(r.Names[i], ""),
            };
        }
        var matrix = new JsonArray();
        for (int i = 0; i < r.Names.Count; i++)
        {
            var row = new JsonArray();
            for (int j = 0; j < r.Names.Count; j++)
                row.Add(r.Covariance[i, j]);
            matrix.Add(row);
        }
        var o = new JsonObject
        {
            ["configuration"] = fit.Fit.Configuration.Name,
            ["data"] = fit.Fit.Observed.Path,
            ["exposure_day_100t"] = fit.Fit.Observed.Exposure,
            ["parameters"] = parameters,
            ["deviance"] = fit.Deviance,
            ["objective"] = r.MinimumDeviance,
            ["bins"] = fit.Bins,
            ["free_parameters"] = fit.FreeParameters,
            ["ndf"] = fit.DegreesOfFreedom,
            ["p_value"] = fit.PValue,
            ["converged"] = r.Converged,
            ["valid"] = r.IsValid,
            ["covariance"] = new JsonObject { ["names"] = new JsonArray([.. r.Names.Select(n => (JsonNode)n)]), ["matrix"] = matrix },
            ["ssm_rates"] = new JsonObject([.. fit.Fit.SsmRates.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value))]),
            ["seconds"] = fit.Elapsed.TotalSeconds,
        };
        if (fit.GalliumSnu is double snu)
            o["gallium_snu"] = snu;
        o["spectrum"] = Spectrum(BestFitSpectrum.Of(fit));
        return o;
    }

    /// <summary>Per bin: edges, observed counts, best-fit total and each component (expected counts).</summary>
    public static JsonObject Spectrum(BestFitSpectrum s)
    {
        var components = new JsonObject();
        foreach (var c in s.Components)
            components[c.Label] = Array(c.Values);
        return new JsonObject
        {
            ["estimator"] = s.Estimator,
            ["low"] = Array(s.Edges[..^1]),
            ["high"] = Array(s.Edges[1..]),
            ["observed"] = Array(s.Observed),
            ["expected"] = Array(s.Total),
            ["components"] = components,
        };
    }

    public static JsonObject Profile(ProfileOutcome profile)
    {
        var o = Fit(profile.Best);
        o["profile"] = new JsonObject
        {
            ["mu_B"] = Array(profile.MomentGrid),
            ["delta_deviance"] = Array(profile.Scan.DeltaDeviances),
            ["points_valid"] = new JsonArray([.. profile.Scan.PointValid.Select(v => (JsonNode)v)]),
        };
        o["upper_limit_90"] = profile.UpperLimit90;
        o["upper_limit_90_delta_chi2"] = profile.DeltaChiSquareLimit90;
        o["limit_prior"] = profile.Prior.ToString();
        o["limit_tail_fraction"] = profile.Bayesian.TailFraction;
        o["seconds"] = profile.Elapsed.TotalSeconds;
        return o;
    }

    public static JsonObject Systematics(SystematicsResult result, FitOutcome? nominal)
    {
        var o = nominal is null ? new JsonObject() : Fit(nominal);
        var weights = new JsonArray();
        for (int c = 0; c < result.Configurations.Count; c++)
        {
            var cfg = result.Configurations[c];
            weights.Add(new JsonObject
            {
                ["configuration"] = cfg.Name,
                ["data"] = cfg.Data,
                ["prior"] = cfg.Prior,
                ["weight"] = result.Weights[c],
                ["deviance_at_zero"] = cfg.Profile.Deviances[0],
                ["upper_limit_90"] = result.ConfigurationLimits[c].Limit * FitParameterFactory.MomentUnit,
            });
        }
        o["weights"] = weights;
        o["profile"] = new JsonObject
        {
            ["mu_B"] = Array(result.CombinedProfile.Grid.Select(m => m * FitParameterFactory.MomentUnit).ToArray()),
            ["delta_deviance"] = Array(result.CombinedProfile.DeltaDeviances),
        };
        o["upper_limit_90"] = result.CombinedLimit.Limit * FitParameterFactory.MomentUnit;
        o["warnings"] = new JsonArray([.. result.Warnings.Select(w => (JsonNode)w)]);
        return o;
    }

    private static JsonArray Array(IEnumerable<double> values) => new([.. values.Select(v => (JsonNode)v)]);
}
