using SolarFlux.Common;
using SpectralFit.Profiles;

namespace SpectralFit.Systematics;

/// <summary>
/// Systematics as a weighted sum of profiles (physics.md section 7; Borexino, PRD 96, 091103 (2017)).
/// Exact definition used here, for configurations c with absolute profiled deviances D_c(mu) on a
/// common grid starting at mu = 0:
///   L_c(mu)  = exp(-D_c(mu)/2)                      (absolute profile likelihood),
///   Lhat_c(mu) = L_c(mu) / L_c(0)                  (each profile normalized to 1 at mu = 0),
///   w_c      = P(c) L_c(0) / sum_c' P(c') L_c'(0)  (quality of configuration c at mu = 0),
///   P(mu)    = sum_c w_c Lhat_c(mu)  = sum_c P(c) L_c(mu) / sum_c P(c) L_c(0),   so P(0) = 1.
/// This is the prior-weighted average of the configurations' likelihoods (a Bayesian model average
/// over the discrete choices). Convention: the L_c(mu) of physics.md's P(mu) = sum_c w_c L_c(mu) is read
/// as Lhat_c, the profile relative to its own value at mu = 0. Only then is the formula self-consistent:
/// the weight carries the configuration's quality once; with the absolute L_c(mu) it would enter twice,
/// P(c) L_c(0) L_c(mu). All exponentials are formed with log-sum-exp, so deviances of
/// several hundred do not underflow. With a single configuration P(mu) = L(mu)/L(0) and the limit
/// equals that configuration's limit. The limit of P is <see cref="UpperLimit.Bayesian"/>.
/// <see cref="ProfileNormalization.AtMaximum"/> instead normalizes each profile at its own minimum
/// (Lhat_c = exp(-Delta_c(mu)/2)); the weights w_c are the same, so configuration c is counted with
/// P(c) L_c(mu) x L_c(0) / max L_c: an extra penalty for a configuration whose best fit is away from 0.
/// Likelihoods of DIFFERENT data (<see cref="ConfigurationProfile.Data"/>, e.g. the dt1 and dt2
/// estimators: other observables, other bins) are not comparable: the absolute deviance grows with
/// the number of bins (~1 per bin), so 20 more bins would cost a factor ~e^-10 in weight. The
/// sums over c' above therefore run over the configurations of the same data g only, and each data
/// group keeps its prior P(g) = sum_{c in g} P(c) (normalized):
///   w_c = P(g) P(c) L_c(0) / sum_{c' in g} P(c') L_c'(0).
/// With one data group (the usual case) this is the definition above.
/// </summary>
public static class SystematicsCombination
{
    public static SystematicsResult Combine(IReadOnlyList<ConfigurationProfile> configurations,
        double credibility = 0.9, LimitPrior prior = LimitPrior.FlatInParameter,
        ProfileNormalization normalization = ProfileNormalization.AtZero)
    {
        ArgumentNullException.ThrowIfNull(configurations);
        if (configurations.Count == 0)
            throw new UserInputException("systematics: expected at least one configuration");
        var first = configurations[0].Profile;
        var grid = first.Grid;
        if (Math.Abs(grid[0]) > 1e-12 * (grid[^1] - grid[0]))
            throw new UserInputException(
                $"systematics: the profiles must start at {first.ParameterName} = 0 (the weights use L_c(0)); configuration '{configurations[0].Name}' starts at {grid[0]}");
        var names = new HashSet<string>();
        foreach (var c in configurations)
        {
            if (!names.Add(c.Name))
                throw new UserInputException($"systematics: configuration '{c.Name}' appears twice");
            if (!double.IsFinite(c.Prior) || c.Prior <= 0)
                throw new UserInputException($"systematics: configuration '{c.Name}': prior weight must be > 0, got {c.Prior}");
            if (c.Profile.ParameterName != first.ParameterName)
                throw new UserInputException($"systematics: configuration '{c.Name}' profiles '{c.Profile.ParameterName}', expected '{first.ParameterName}'");
            if (!SameGrid(grid, c.Profile.Grid))
                throw new UserInputException($"systematics: configuration '{c.Name}' uses a different scan grid than '{configurations[0].Name}' (expected a common grid)");
        }

        int nc = configurations.Count, np = grid.Count;
        // ln w_c = ln P(g) + ln[P(c) L_c(0)] - ln sum_{c' in g} P(c') L_c'(0), g = the data of c.
        var logWeights = LogWeights(configurations);
        var weights = logWeights.Select(Math.Exp).ToArray();

        // -2 ln P(mu_j) = -2 ln sum_c w_c exp(-(D_c(mu_j) - D_c,ref) / 2), D_c,ref = D_c(0) or min D_c.
        var reference = configurations.Select(c => normalization == ProfileNormalization.AtZero
            ? c.Profile.Deviances[0] : c.Profile.MinimumDeviance).ToArray();
        var combined = new double[np];
        var terms = new double[nc];
        for (int j = 0; j < np; j++)
        {
            for (int c = 0; c < nc; c++)
                terms[c] = logWeights[c] - 0.5 * (configurations[c].Profile.Deviances[j] - reference[c]);
            combined[j] = -2 * LogSumExp(terms);
        }
        var combinedProfile = ProfileScan.FromDeviances(first.ParameterName, grid, combined);
        return new SystematicsResult
        {
            Configurations = configurations.ToArray(),
            Weights = weights,
            ConfigurationLimits = configurations.Select(c => UpperLimit.Bayesian(c.Profile, credibility, prior)).ToArray(),
            CombinedProfile = combinedProfile,
            CombinedLimit = UpperLimit.Bayesian(combinedProfile, credibility, prior),
        };
    }

    /// <summary>ln w_c: likelihood weights within each data group, the groups weighted by their summed prior.</summary>
    private static double[] LogWeights(IReadOnlyList<ConfigurationProfile> configurations)
    {
        double logTotalPrior = Math.Log(configurations.Sum(c => c.Prior));
        var logWeights = new double[configurations.Count];
        foreach (var group in Enumerable.Range(0, configurations.Count).GroupBy(c => configurations[c].Data, StringComparer.Ordinal))
        {
            int[] members = [.. group];
            var logQuality = members.Select(c => Math.Log(configurations[c].Prior) - 0.5 * configurations[c].Profile.Deviances[0]).ToArray();
            double logGroupPrior = Math.Log(members.Sum(c => configurations[c].Prior)) - logTotalPrior;
            double logNorm = LogSumExp(logQuality);
            for (int k = 0; k < members.Length; k++)
                logWeights[members[k]] = logGroupPrior + logQuality[k] - logNorm;
        }
        return logWeights;
    }

    /// <summary>ln sum_i exp(x_i), computed stably.</summary>
    public static double LogSumExp(ReadOnlySpan<double> x)
    {
        double max = double.NegativeInfinity;
        foreach (double v in x)
            max = Math.Max(max, v);
        if (double.IsNegativeInfinity(max))
            return max;
        double sum = 0;
        foreach (double v in x)
            sum += Math.Exp(v - max);
        return max + Math.Log(sum);
    }

    private static bool SameGrid(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        if (a.Count != b.Count)
            return false;
        double scale = Math.Abs(a[^1] - a[0]);
        for (int i = 0; i < a.Count; i++)
            if (Math.Abs(a[i] - b[i]) > 1e-9 * scale)
                return false;
        return true;
    }
}
