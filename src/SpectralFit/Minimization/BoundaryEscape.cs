using SpectralFit.Likelihood;
using SpectralFit.Parameters;

namespace SpectralFit.Minimization;

/// <summary>
/// A minimum found on a parameter's limit can be a stationary point rather than a minimum: a signal that enters as
/// mu^2 (the magnetic moment) has zero slope at mu = 0, so a search that reaches mu ~ 0 early never leaves it, even
/// when the data prefer mu &gt; 0 once the other parameters move along (a gradient method sees no descent there).
/// When the Hessian at the result is not positive definite (a saddle), a parameter within a tenth of its step of a
/// limit whose first-order effect over one step, |dD/dp| x step, is below <see cref="FlatSlope"/> deviance units is such
/// a flat boundary: the search is repeated from one step (at most a quarter of the range) inside the limit. A boundary
/// with a real slope (e.g. a rate pushed to 0), or a positive definite Hessian, is left alone.
/// </summary>
internal static class BoundaryEscape
{
    /// <summary>Largest first-order deviance change over one step for a limit to count as flat.</summary>
    public const double FlatSlope = 0.05;

    /// <summary>A start one step inside the flattest such limit, or null when there is none.</summary>
    public static ParameterSet? Start(ILikelihoodTerm objective, ParameterSet start, FitResult result)
    {
        // Only where the Hessian at the result was not positive definite (a saddle, as at mu = 0 when the data
        // prefer a moment); a limit that is a true minimum costs nothing, and fits without errors are not probed.
        if (!double.IsFinite(result.MinimumDeviance) || !result.HessianMadePositiveDefinite)
            return null;
        var values = result.Values.ToArray();
        var gradient = new double[values.Length];
        bool evaluated = false;
        double flattest = FlatSlope;
        int index = -1;
        double inside = double.NaN;
        for (int k = 0; k < start.Count; k++)
        {
            var p = start[k];
            if (p.IsFixed)
                continue;
            double nearLower = Math.Abs(values[k] - p.Lower), nearUpper = Math.Abs(values[k] - p.Upper);
            if (!(Math.Min(nearLower, nearUpper) <= 0.1 * p.Step))
                continue;
            if (!evaluated)
            {
                objective.ValueAndGradient(values, gradient);
                evaluated = true;
            }
            double range = p.Upper - p.Lower;
            double step = double.IsFinite(range) ? Math.Min(p.Step, 0.25 * range) : p.Step;
            double change = Math.Abs(gradient[k]) * step;
            if (change < flattest)
            {
                flattest = change;
                index = k;
                inside = nearLower <= nearUpper ? p.Lower + step : p.Upper - step;
            }
        }
        if (index < 0)
            return null;
        values[index] = inside;
        return start.WithValues(values);
    }
}
