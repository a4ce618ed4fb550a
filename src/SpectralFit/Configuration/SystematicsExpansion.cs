namespace SpectralFit.Configuration;

/// <summary>
/// Expands the systematics axes into every configuration of their Cartesian product (physics.md §7:
/// e.g. estimator x pile-up model x metallicity = 8 configurations), each validated like the original.
/// </summary>
public static class SystematicsExpansion
{
    /// <summary>The variants in axis order (the last axis varies fastest); one variant when there are no axes.</summary>
    public static IReadOnlyList<SystematicVariant> Expand(FitConfiguration configuration)
    {
        var axes = configuration.Systematics;
        var combos = new List<(List<SystematicChoice> Choices, double Weight)> { ([], 1.0) };
        foreach (var axis in axes)
        {
            combos = [.. combos.SelectMany(c => axis.Choices.Select(ch => (new List<SystematicChoice>(c.Choices) { ch }, c.Weight * ch.PriorWeight)))];
        }
        double total = combos.Sum(c => c.Weight);

        var variants = new List<SystematicVariant>();
        foreach (var (choices, weight) in combos)
        {
            var snapshot = configuration.Snapshot;
            var extra = new List<KeyValuePair<string, string?>>();
            for (int a = 0; a < choices.Count; a++)
            {
                extra.Add(new(axes[a].Key, choices[a].Value));
                extra.AddRange(choices[a].Set.Select(kv => new KeyValuePair<string, string?>(kv.Key, kv.Value)));
            }
            var variantSnapshot = snapshot with { Values = snapshot.Values.Concat(extra).ToList().AsReadOnly() };
            string label = choices.Count == 0 ? configuration.Name : string.Join(" / ", choices.Select(c => c.Label));
            variants.Add(new SystematicVariant(label, FitConfigurationLoader.Build(variantSnapshot), weight / total));
        }
        return variants.AsReadOnly();
    }
}
