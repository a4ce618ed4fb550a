using SpectralFit.Modeling;
using SpectralFit.Systematics;

namespace SpectralFit.Analysis;

/// <summary>
/// Runs the reproduction of Borexino's Phase-II magnetic-moment analysis (PRD 96, 091103 (2017); physics.md §7) on an
/// assembled configuration: the profile in mu_eff as configured, the same profile without the gallium constraint
/// (same data and model otherwise), the systematics axes (weighted sum of profiles), the rates beside Borexino's with
/// the spread over the systematics configurations as their systematic uncertainty, and the 90% C.L. limits.
/// </summary>
public sealed class ReproductionService
{
    /// <param name="assembled">The configuration and its data.</param>
    /// <param name="systematics">Run the configuration's systematics:axes (if it has any).</param>
    /// <param name="profileProgress">Progress of each profile, by name ("profile", "profile without gallium"); may return null.</param>
    /// <param name="systematicsProgress">Progress of the systematics fits, or null.</param>
    public ReproductionOutcome Run(AssembledFit assembled, bool systematics = true, Func<string, IProgress<int>?>? profileProgress = null,
        IProgress<SystematicsProgress>? systematicsProgress = null, CancellationToken cancellation = default)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var configuration = assembled.Configuration;
        var profile = new ProfileService().Profile(assembled, profileProgress?.Invoke("profile"), cancellation);
        ProfileOutcome? withoutGallium = null;
        if (configuration.Gallium.Enabled)
        {
            var noGallium = configuration with { Gallium = configuration.Gallium with { Enabled = false } };
            withoutGallium = new ProfileService().Profile(SpectralModelBuilder.Build(noGallium, assembled.Observed),
                profileProgress?.Invoke("profile without gallium"), cancellation);
        }
        SystematicsResult? syst = systematics && configuration.Systematics.Count > 0
            ? new SystematicsService().Run(configuration, systematicsProgress, cancellation)
            : null;
        var rates = PublishedPhase2.Compare(profile.Best, syst is null ? null : ConfigurationSpread.Of(syst));
        var limits = AnalysisReport.ReproductionLimits(profile, withoutGallium, syst);
        return new ReproductionOutcome(profile, withoutGallium, syst, rates, limits, clock.Elapsed);
    }
}
