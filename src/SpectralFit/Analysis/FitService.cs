using System.Diagnostics;
using MathNet.Numerics.Distributions;
using SpectralFit.Likelihood;
using SpectralFit.Minimization;
using SpectralFit.Modeling;
using SpectralFit.Parameters;

namespace SpectralFit.Analysis;

/// <summary>Fits an assembled model to its data (mu_nu free, &gt;= 0) and evaluates the fit quality.</summary>
public sealed class FitService
{
    public FitService(VariableMetricMinimizer? minimizer = null) => Minimizer = minimizer ?? new VariableMetricMinimizer();

    public VariableMetricMinimizer Minimizer { get; }

    public FitOutcome Fit(AssembledFit fit) => Fit(fit, fit.Likelihood.Parameters);

    /// <summary>Fits from the given starting parameters (e.g. with mu_nu fixed at 0).</summary>
    public FitOutcome Fit(AssembledFit fit, ParameterSet start)
    {
        var clock = Stopwatch.StartNew();
        var result = Minimizer.Minimize(fit.Likelihood, start);
        return Evaluate(fit, result, clock.Elapsed);
    }

    /// <summary>Fit quality of a minimization result (e.g. a profile's global fit).</summary>
    public static FitOutcome Evaluate(AssembledFit fit, FitResult result, TimeSpan elapsed)
    {
        var best = result.Values.ToArray();
        var poisson = fit.Likelihood.Terms.OfType<PoissonDeviance>().Single();
        double deviance = poisson.Value(best);
        int bins = fit.Model.BinCount;
        int free = result.IsFixed.Count(f => !f);
        int ndf = bins - free;
        double p = ndf > 0 ? 1 - ChiSquared.CDF(ndf, deviance) : double.NaN;
        double? gallium = fit.Gallium?.Predicted(best);
        return new FitOutcome(fit, result, deviance, bins, free, p, gallium, elapsed);
    }
}
