using DetectorResponse.Estimators;
using SpectralFit.Configuration;
using SpectralFit.Modeling;
using SpectralFit.Systematics;

namespace SpectralFit.Analysis;

/// <summary>
/// Systematics of the limit (physics.md §7): every configuration of the systematics axes
/// (<see cref="SystematicsExpansion"/>) is assembled on its own data and profiled in mu_nu in parallel
/// (<see cref="SystematicsRunner"/>); the profiles are combined as a weighted sum with w_c ∝ P(c) L_c(0)
/// among the configurations fitted to the same data (<see cref="SystematicsCombination"/>).
/// </summary>
public sealed class SystematicsService
{
    /// <summary>The axis key that varies the energy estimator (physics.md §7: N_pmts in dt1 / dt2).</summary>
    public const string EstimatorAxisKey = "estimator";

    public SystematicsService(SystematicsRunner? runner = null) => Runner = runner ?? new SystematicsRunner();

    public SystematicsRunner Runner { get; }

    /// <summary>
    /// The estimator axis restricted to the estimators the data provides. With dataset:path holding
    /// "{estimator}" every choice reads its own file (a missing file is an error, as for any dataset);
    /// a single file (e.g. --data FILE, or Borexino's N_h-only published spectrum) provides only its
    /// sections: choices it lacks are dropped, and when none is left the axis is dropped (the fit keeps
    /// the configuration's own estimator). Other axes are unchanged.
    /// </summary>
    public static AvailableSystematics Available(FitConfiguration configuration)
    {
        var axes = configuration.Systematics;
        int a = axes.ToList().FindIndex(x => string.Equals(x.Key, EstimatorAxisKey, StringComparison.OrdinalIgnoreCase));
        if (a < 0 || configuration.Dataset.PathAsWritten.Contains(FitConfigurationReader.EstimatorPlaceholder, StringComparison.Ordinal))
            return new AvailableSystematics(configuration, []);

        var axis = axes[a];
        var sections = DatasetLoader.Estimators(configuration.Dataset.Path, configuration.Dataset.Format);
        var kept = axis.Choices.Where(c => DatasetLoader.HasSection(sections, EnergyEstimatorNames.Parse(c.Value))).ToList();
        if (kept.Count == axis.Choices.Count)
            return new AvailableSystematics(configuration, []);

        var remaining = axes.ToList();
        if (kept.Count == 0)
            remaining.RemoveAt(a);
        else
            remaining[a] = axis with { Choices = kept.AsReadOnly() };
        var missing = axis.Choices.Except(kept).Select(c => c.Label);
        string what = kept.Count == 0
            ? $"the estimator axis is not varied (all on {EnergyEstimatorNames.Name(configuration.Estimator)})"
            : $"the estimator axis keeps {string.Join(", ", kept.Select(c => c.Label))}";
        string note = $"systematics: {Path.GetFileName(configuration.Dataset.Path)} holds only {string.Join(", ", sections)}, " +
                      $"no spectrum for {string.Join(", ", missing)}: {what}";
        return new AvailableSystematics(configuration with { Systematics = remaining.AsReadOnly() }, [note]);
    }

    /// <summary>
    /// The variants of the available axes (<see cref="Available"/>) as runner configurations; each builds
    /// its model on a worker thread and names its data (file, estimator, window, rebin).
    /// </summary>
    public static IReadOnlyList<SystematicConfiguration> Configurations(FitConfiguration configuration) =>
        [.. SystematicsExpansion.Expand(Available(configuration).Configuration).Select(v => new SystematicConfiguration(v.Label, v.PriorWeight,
            () => SpectralModelBuilder.Build(v.Configuration, DatasetLoader.Load(v.Configuration)).Likelihood, DataKey(v.Configuration)))];

    /// <summary>What a configuration fits: data file, estimator, window and rebinning (equal keys = same data).</summary>
    public static string DataKey(FitConfiguration configuration)
    {
        var d = configuration.Dataset;
        string window = d.Window is { } w ? $"[{ConfigNode.Format(w.Min)}, {ConfigNode.Format(w.Max)}]" : "all bins";
        return $"{d.Path} ({EnergyEstimatorNames.Name(configuration.Estimator)} {window}, rebin {d.Rebin})";
    }

    /// <summary>
    /// Notes when configurations fit other data than the nominal configuration (e.g. the estimator axis: N_pmts dt1/dt2
    /// while the nominal fit is N_h), so a nominal limit and the limit with systematics are not read as the same data.
    /// </summary>
    public static IReadOnlyList<string> DataNotes(FitConfiguration nominal, SystematicsResult result)
    {
        string key = DataKey(nominal);
        var others = result.Configurations.Where(c => c.Data != key).Select(c => c.Name).ToList();
        if (others.Count == 0)
            return [];
        return [$"systematics: {others.Count} of {result.Configurations.Count} configurations fit other data than the nominal fit " +
                $"({EnergyEstimatorNames.Name(nominal.Estimator)}, {Path.GetFileName(nominal.Dataset.Path)}); the limit with systematics combines theirs"];
    }

    public SystematicsResult Run(FitConfiguration configuration, IProgress<SystematicsProgress>? progress = null,
        CancellationToken cancellation = default)
    {
        var spec = configuration.MagneticMoment;
        return Runner.Run(Configurations(configuration), FitParameterFactory.MomentName, ProfileService.Grid(spec), 0.9,
            ProfileService.Prior(spec.Prior), progress, cancellation);
    }
}
