using SpectralFit.Configuration;
using SpectralFit.Modeling;
using SpectralFit.Systematics;

namespace SpectralFit.Analysis;

/// <summary>
/// Systematics of the limit (physics.md §7): every configuration of the systematics axes
/// (<see cref="SystematicsExpansion"/>) is assembled on its own data and profiled in mu_nu in parallel
/// (<see cref="SystematicsRunner"/>); the profiles are combined as a weighted sum with w_c ∝ P(c) L_c(0).
/// </summary>
public sealed class SystematicsService
{
    public SystematicsService(SystematicsRunner? runner = null) => Runner = runner ?? new SystematicsRunner();

    public SystematicsRunner Runner { get; }

    /// <summary>The variants as runner configurations; each builds its model on a worker thread.</summary>
    public static IReadOnlyList<SystematicConfiguration> Configurations(FitConfiguration configuration) =>
        [.. SystematicsExpansion.Expand(configuration).Select(v => new SystematicConfiguration(v.Label, v.PriorWeight,
            () => SpectralModelBuilder.Build(v.Configuration, DatasetLoader.Load(v.Configuration)).Likelihood))];

    public SystematicsResult Run(FitConfiguration configuration, IProgress<SystematicsProgress>? progress = null,
        CancellationToken cancellation = default)
    {
        var spec = configuration.MagneticMoment;
        return Runner.Run(Configurations(configuration), FitParameterFactory.MomentName, ProfileService.Grid(spec), 0.9,
            ProfileService.Prior(spec.Prior), progress, cancellation);
    }
}
