using SpectralFit.Likelihood;
using SpectralFit.Minimization;
using SpectralFit.Profiles;

namespace SpectralFit.Systematics;

/// <summary>
/// Evaluates systematic configurations in parallel: (1) each configuration's likelihood is built and
/// globally fitted; (2) the scan grid of each configuration is cut into
/// <see cref="SegmentsPerConfiguration"/> contiguous pieces and all (configuration, piece) jobs run
/// with Parallel.For, each warm-started from its configuration's global minimum; (3) the profiles are
/// combined with <see cref="SystematicsCombination"/>. Progress goes to an IProgress callback (the CLI
/// shows a progress bar). Results do not depend on the degree of parallelism.
/// </summary>
public sealed class SystematicsRunner
{
    public SystematicsRunner(ProfileLikelihood? profiler = null) => Profiler = profiler ?? new ProfileLikelihood();

    public ProfileLikelihood Profiler { get; }

    /// <summary>Maximum worker threads (default: all cores).</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Pieces each configuration's scan is split into (1 = one warm-started walk per configuration).</summary>
    public int SegmentsPerConfiguration { get; init; } = 1;

    public SystematicsResult Run(IReadOnlyList<SystematicConfiguration> configurations, string parameterOfInterest,
        IReadOnlyList<double> grid, double credibility = 0.9, LimitPrior prior = LimitPrior.FlatInParameter,
        IProgress<SystematicsProgress>? progress = null, CancellationToken cancellation = default,
        ProfileNormalization normalization = ProfileNormalization.AtZero)
    {
        ArgumentNullException.ThrowIfNull(configurations);
        ArgumentNullException.ThrowIfNull(grid);
        ProfileScan.ValidateGrid(parameterOfInterest, grid);
        int nc = configurations.Count, np = grid.Count;
        int segments = Math.Clamp(SegmentsPerConfiguration, 1, np);
        int total = nc * (np + 1), completed = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, MaxDegreeOfParallelism), CancellationToken = cancellation };
        void Done(int c)
        {
            int k = Interlocked.Increment(ref completed);
            progress?.Report(new SystematicsProgress(k, total, configurations[c].Name));
        }

        var likelihoods = new CompositeLikelihood[nc];
        var globals = new FitResult[nc];
        var allowed = new Parameters.ParameterSet[nc];
        Parallelism.For(nc, options, c =>
        {
            likelihoods[c] = configurations[c].BuildLikelihood();
            allowed[c] = Profiler.AllowedParameters(likelihoods[c].Parameters, parameterOfInterest);
            ProfileLikelihood.ValidateGrid(allowed[c], parameterOfInterest, grid);
            globals[c] = Profiler.Minimizer.Minimize(likelihoods[c], allowed[c]);
            Done(c);
        });
        var warnings = new List<string>();
        RetryFailedGlobalFits(configurations, likelihoods, allowed, globals, warnings);

        var points = new FitResult[nc][];
        for (int c = 0; c < nc; c++)
            points[c] = new FitResult[np];
        Parallelism.For(nc * segments, options, job =>
        {
            int c = job / segments, s = job % segments;
            int from = s * np / segments, to = (s + 1) * np / segments;
            var piece = grid.Skip(from).Take(to - from).ToArray();
            var fits = Profiler.ScanPoints(likelihoods[c], allowed[c], parameterOfInterest, piece, globals[c],
                new PointProgress(() => Done(c)), cancellation);
            for (int i = 0; i < fits.Count; i++)
                points[c][from + i] = fits[i];
        });

        var profiles = configurations.Select((cfg, c) =>
            new ConfigurationProfile(cfg.Name, cfg.Prior, ProfileLikelihood.Build(parameterOfInterest, grid, globals[c], points[c]), cfg.Data)).ToArray();
        return SystematicsCombination.Combine(profiles, credibility, prior, normalization) with { Warnings = warnings.AsReadOnly() };
    }

    /// <summary>
    /// A global fit that did not converge (e.g. the variable-metric search lost its descent direction) is
    /// restarted from the best valid global fit of a configuration on the same data (same free parameters;
    /// fixed values stay this configuration's). A fit that still fails is kept and named in the warnings,
    /// so its profile and weight are never used silently.
    /// </summary>
    private void RetryFailedGlobalFits(IReadOnlyList<SystematicConfiguration> configurations, CompositeLikelihood[] likelihoods,
        Parameters.ParameterSet[] allowed, FitResult[] globals, List<string> warnings)
    {
        for (int c = 0; c < configurations.Count; c++)
        {
            if (globals[c].IsValid)
                continue;
            var donor = Enumerable.Range(0, configurations.Count)
                .Where(d => d != c && globals[d].IsValid && configurations[d].Data == configurations[c].Data)
                .OrderBy(d => globals[d].MinimumDeviance)
                .FirstOrDefault(-1);
            if (donor >= 0)
            {
                var start = allowed[c].Values();
                for (int i = 0; i < start.Length; i++)
                {
                    if (!allowed[c][i].IsFixed && globals[donor].Parameters.TryGetIndex(allowed[c][i].Name, out int k))
                        start[i] = globals[donor].Values[k];
                }
                var retry = Profiler.Minimizer.Minimize(likelihoods[c], allowed[c].WithValues(start));
                if (retry.IsValid)
                {
                    globals[c] = retry;
                    continue;
                }
            }
            warnings.Add($"configuration '{configurations[c].Name}': the global fit did not converge ({globals[c].Message}, deviance " +
                         $"{globals[c].MinimumDeviance:G6}){(donor >= 0 ? $", also when started from '{configurations[donor].Name}'" : "")}; its profile and weight are unreliable");
        }
    }

    /// <summary>Forwards each finished scan point synchronously (no synchronization-context hop).</summary>
    private sealed class PointProgress(Action pointDone) : IProgress<int>
    {
        public void Report(int value) => pointDone();
    }
}
