using SpectralFit.Systematics;

namespace SpectralFit.Analysis;

/// <summary>
/// How far one fitted parameter moves over the discrete analysis choices of a systematics run (physics.md §7: energy
/// estimator, pile-up model, metallicity): its best-fit value in each configuration's global fit, summarized by the
/// weighted mean and weighted rms about it (weights w_c of the combined profile) and the range. The rms is the
/// systematic uncertainty of the parameter from those choices, quoted beside the statistical error of the nominal fit.
/// </summary>
/// <param name="Name">Parameter name.</param>
/// <param name="Values">Best-fit value per configuration (configuration order of the systematics result).</param>
/// <param name="WeightedMean">sum_c w_c x_c over the configurations that fitted the parameter (weights renormalized).</param>
/// <param name="WeightedRms">sqrt(sum_c w_c (x_c - mean)^2).</param>
public sealed record ConfigurationSpread(string Name, IReadOnlyList<double> Values, double WeightedMean, double WeightedRms)
{
    public double Min => Values.Min();

    public double Max => Values.Max();

    /// <summary>
    /// The spread of every parameter that is free in every configuration's global fit (null when a configuration has
    /// no global fit, e.g. a result combined from profiles alone); empty for fewer than two configurations.
    /// </summary>
    public static IReadOnlyDictionary<string, ConfigurationSpread> Of(SystematicsResult systematics)
    {
        var fits = systematics.Configurations.Select(c => c.Profile.GlobalFit).ToArray();
        if (fits.Length < 2 || fits.Any(f => f is null))
            return new Dictionary<string, ConfigurationSpread>();
        var spreads = new Dictionary<string, ConfigurationSpread>();
        var first = fits[0]!;
        for (int i = 0; i < first.Names.Count; i++)
        {
            string name = first.Names[i];
            var values = new double[fits.Length];
            bool freeEverywhere = true;
            for (int c = 0; c < fits.Length && freeEverywhere; c++)
            {
                int k = fits[c]!.Names.ToList().IndexOf(name);
                freeEverywhere = k >= 0 && !fits[c]!.IsFixed[k];
                if (freeEverywhere)
                    values[c] = fits[c]!.Values[k];
            }
            if (!freeEverywhere)
                continue;
            double wsum = systematics.Weights.Sum();
            double mean = 0;
            for (int c = 0; c < values.Length; c++)
                mean += systematics.Weights[c] * values[c] / wsum;
            double variance = 0;
            for (int c = 0; c < values.Length; c++)
                variance += systematics.Weights[c] * (values[c] - mean) * (values[c] - mean) / wsum;
            spreads[name] = new ConfigurationSpread(name, values, mean, Math.Sqrt(variance));
        }
        return spreads;
    }
}
