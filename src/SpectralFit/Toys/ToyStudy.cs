using MathNet.Numerics.Random;
using SolarFlux.Common;
using SpectralFit.Likelihood;
using SpectralFit.Minimization;
using SpectralFit.Models;
using SpectralFit.Profiles;

namespace SpectralFit.Toys;

/// <summary>
/// Frequentist checks of the fit: Poisson pseudo-data from the model at the true parameters, refitted
/// with the same likelihood; pulls (fit - true) / error per free parameter, and optionally each toy's
/// Bayesian upper limit for the expected-limit band. Toys run in parallel, each with its own seed.
/// </summary>
public sealed class ToyStudy
{
    private readonly ISpectralModel _model;
    private readonly Func<IReadOnlyList<double>, Random, CompositeLikelihood> _likelihoodFor;

    /// <param name="model">Generates the pseudo-data.</param>
    /// <param name="likelihoodFor">Builds the fit's likelihood for a dataset (same parameter order as the model).</param>
    public ToyStudy(ISpectralModel model, Func<IReadOnlyList<double>, CompositeLikelihood> likelihoodFor, VariableMetricMinimizer? minimizer = null)
        : this(model, WithoutAuxiliary(likelihoodFor), minimizer)
    {
    }

    /// <param name="likelihoodFor">
    /// Builds the likelihood for a dataset and may draw auxiliary measurements (e.g. the gallium rate
    /// or a prior's central value, the "global observables") from the toy's own seeded generator, so
    /// constrained parameters get correct frequentist pulls.
    /// </param>
    public ToyStudy(ISpectralModel model, Func<IReadOnlyList<double>, Random, CompositeLikelihood> likelihoodFor, VariableMetricMinimizer? minimizer = null)
    {
        _model = model ?? throw new ArgumentNullException(nameof(model));
        _likelihoodFor = likelihoodFor ?? throw new ArgumentNullException(nameof(likelihoodFor));
        Minimizer = minimizer ?? new VariableMetricMinimizer();
    }

    public VariableMetricMinimizer Minimizer { get; }

    /// <param name="truth">True parameter values (model order); also the fits' starting point.</param>
    public ToyStudyResult Run(IReadOnlyList<double> truth, ToyStudyOptions? options = null, IProgress<int>? progress = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(truth);
        options ??= new ToyStudyOptions();
        if (options.Toys < 1)
            throw new UserInputException($"toys: expected at least 1 toy, got {options.Toys}");
        if (truth.Count != _model.Parameters.Count)
            throw new UserInputException($"toys: {truth.Count} true values for {_model.Parameters.Count} parameters");
        bool limits = options.ParameterOfInterest is not null;
        if (limits && options.LimitGrid is null)
            throw new UserInputException("toys: a parameter of interest needs a limit grid");
        var profiler = new ProfileLikelihood(Minimizer);
        var truthArray = truth.ToArray();

        var fits = new FitResult?[options.Toys];
        var toyLimits = new double[options.Toys];
        int done = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxDegreeOfParallelism), CancellationToken = cancellation };
        Parallelism.For(options.Toys, parallel, k =>
        {
            var random = new Xoshiro256StarStar(ToySeed(options.Seed, k));
            var data = PseudoData.Poisson(_model, truthArray, random);
            var likelihood = _likelihoodFor(data, random);
            fits[k] = Minimizer.Minimize(likelihood, likelihood.Parameters.WithValues(truthArray));
            if (limits)
            {
                var scan = profiler.Scan(likelihood, likelihood.Parameters.WithValues(truthArray), options.ParameterOfInterest!, options.LimitGrid!);
                toyLimits[k] = UpperLimit.Bayesian(scan, options.Credibility, options.Prior).Limit;
            }
            progress?.Report(Interlocked.Increment(ref done));
        });

        var valid = fits.Where(f => f!.IsValid).Select(f => f!).ToArray();
        var pullValues = new Dictionary<string, IReadOnlyList<double>>();
        var pars = _model.Parameters;
        for (int i = 0; i < pars.Count; i++)
        {
            if (pars[i].IsFixed)
                continue;
            int index = i;
            pullValues[pars[i].Name] = valid.Where(f => f.Errors[index] > 0)
                .Select(f => (f.Values[index] - truthArray[index]) / f.Errors[index]).ToArray();
        }
        return new ToyStudyResult
        {
            Toys = options.Toys,
            FailedFits = options.Toys - valid.Length,
            Pulls = pullValues.Select(kv => PullSummary.From(kv.Key, kv.Value)).ToArray(),
            PullValues = pullValues,
            Limits = limits ? toyLimits : [],
            Band = limits ? LimitBand.From(toyLimits) : null,
        };
    }

    private static Func<IReadOnlyList<double>, Random, CompositeLikelihood> WithoutAuxiliary(Func<IReadOnlyList<double>, CompositeLikelihood> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        return (data, _) => build(data);
    }

    /// <summary>Independent seed for toy k (SplitMix64 finalizer of seed and index).</summary>
    public static int ToySeed(int seed, int toy)
    {
        ulong z = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL + (ulong)toy + 1);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return (int)((z ^ (z >> 31)) & 0x7FFFFFFF);
    }
}
