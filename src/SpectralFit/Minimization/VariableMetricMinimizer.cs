using MathNet.Numerics.LinearAlgebra;
using SolarFlux.Common;
using SpectralFit.Likelihood;
using SpectralFit.Parameters;

namespace SpectralFit.Minimization;

/// <summary>
/// A bounded variable-metric (BFGS) minimizer in the style of Minuit's MIGRAD: limits through
/// Minuit's sin/sqrt transformations, the inverse-Hessian estimate V seeded from numerical second
/// derivatives, backtracking line search (Armijo), convergence on EDM = g^T V g / 2, then errors from
/// the numerical Hessian at the minimum (<see cref="HessianErrors"/>). When the search stalls, or the
/// EDM recomputed with the accurate Hessian is too large, it restarts from the current point with a
/// fresh metric (up to <see cref="MinimizerOptions.MaxRestarts"/>). Problems are reported in the
/// <see cref="FitResult"/>, never thrown. Stateless: one instance may be used from several threads.
/// </summary>
public sealed class VariableMetricMinimizer
{
    public VariableMetricMinimizer(MinimizerOptions? options = null)
    {
        Options = options ?? new MinimizerOptions();
        if (!(Options.EdmGoal > 0) || !double.IsFinite(Options.EdmGoal))
            throw new UserInputException($"minimizer EDM goal: expected a number > 0, got {Options.EdmGoal}");
        if (Options.MaxCalls is < 1)
            throw new UserInputException($"minimizer call limit: expected a number >= 1, got {Options.MaxCalls}");
        if (Options.MaxRestarts < 0)
            throw new UserInputException($"minimizer restarts: expected a number >= 0, got {Options.MaxRestarts}");
    }

    public MinimizerOptions Options { get; }

    public FitResult Minimize(CompositeLikelihood likelihood) => Minimize(likelihood, likelihood.Parameters);

    /// <summary>
    /// Minimizes <paramref name="objective"/> starting from (and respecting the limits/fixes of) <paramref name="parameters"/>.
    /// A result on a flat limit of a parameter (<see cref="BoundaryEscape"/>, e.g. mu_nu = 0 with a mu^2 signal) is
    /// searched again from one step inside; the lower of the two is kept (at most twice; counted in <see cref="FitResult.Restarts"/>).
    /// </summary>
    public FitResult Minimize(ILikelihoodTerm objective, ParameterSet parameters)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(parameters);
        var result = MinimizeFrom(objective, parameters);
        for (int escape = 0; escape < 2; escape++)
        {
            if (BoundaryEscape.Start(objective, parameters, result) is not { } inside)
                break;
            var retry = MinimizeFrom(objective, inside);
            if (!(retry.MinimumDeviance < result.MinimumDeviance))
                break;
            result = retry with
            {
                FunctionCalls = result.FunctionCalls + retry.FunctionCalls,
                GradientCalls = result.GradientCalls + retry.GradientCalls,
                Iterations = result.Iterations + retry.Iterations,
                Restarts = result.Restarts + retry.Restarts + 1,
                Message = retry.Message + " (after leaving a stationary point on a limit)",
            };
        }
        return result;
    }

    private FitResult MinimizeFrom(ILikelihoodTerm objective, ParameterSet parameters)
    {
        var obj = new InternalObjective(objective, parameters);
        int n = obj.Free.Length;
        int maxCalls = Options.MaxCalls ?? 200 + 100 * n + 5 * n * n;
        double[] x = obj.StartInternal();
        var g = new double[n];
        double f = obj.ValueAndGradient(x, g);
        int iterations = 0, restarts = 0;
        bool converged = false, callLimit = false;
        string message = "converged";
        double edm = double.NaN;
        HessianErrors.Outcome? hesse = null;
        bool[] atLimit = new bool[parameters.Count];
        double[]? seedMetric = null;

        if (!double.IsFinite(f))
            message = "objective is not finite at the starting point";
        else
        {
            while (true)
            {
                var search = Search(obj, x, ref f, g, seedMetric, maxCalls, ref iterations, ref restarts);
                callLimit = search.CallLimit;
                message = search.Message;
                edm = search.Edm;
                if (!Options.ComputeErrors)
                {
                    converged = search.Converged;
                    break;
                }
                double[] ext = obj.External(x);
                MarkLimits(parameters, ext, atLimit);
                hesse = HessianErrors.Compute(obj, ext, HessianSteps(obj, x, ext, search.Metric));
                if (!search.Converged)
                    break; // errors at the last point, for diagnosis; the result stays invalid
                double check = HessianEdm(obj, ext, hesse, atLimit);
                if (double.IsFinite(check))
                    edm = check;
                converged = !(edm > 10 * Options.EdmGoal);
                if (converged || restarts >= Options.MaxRestarts || obj.TotalCalls >= maxCalls)
                {
                    if (!converged)
                        message = $"EDM {edm:G3} with the accurate Hessian stays above the goal";
                    break;
                }
                restarts++;
                // Minuit-style: continue the variable-metric search from the accurate Hessian.
                seedMetric = hesse.Failed ? null : StartingMetric.MetricFromExternalHessian(obj, x, hesse.Hessian);
            }
        }
        return Assemble(obj, x, f, edm, converged, callLimit, message, iterations, restarts, hesse, atLimit);
    }

    private sealed record SearchOutcome(bool Converged, bool CallLimit, double Edm, string Message, double[] Metric);

    /// <summary>BFGS iterations in internal coordinates from x (updated in place).</summary>
    private SearchOutcome Search(InternalObjective obj, double[] x, ref double f, double[] g, double[]? seedMetric,
        int maxCalls, ref int iterations, ref int restarts)
    {
        int n = x.Length;
        double[] v = seedMetric ?? StartingMetric.InitialMetric(obj, x);
        var d = new double[n];
        var xt = new double[n];
        var gt = new double[n];
        var s = new double[n];
        var y = new double[n];
        var vy = new double[n];
        double edm = BfgsSteps.Edm(g, v);
        while (true)
        {
            if (n == 0 || edm < Options.EdmGoal)
                return new SearchOutcome(true, false, n == 0 ? 0 : edm, "converged", v);
            if (obj.TotalCalls >= maxCalls)
                return new SearchOutcome(false, true, edm, "call limit reached", v);

            double slope = BfgsSteps.Direction(v, g, d);
            if (!(slope < 0))
            {
                v = StartingMetric.InitialMetric(obj, x);
                slope = BfgsSteps.Direction(v, g, d);
                if (!(slope < 0))
                    return new SearchOutcome(false, false, edm, "no descent direction", v);
            }

            double alpha = BfgsSteps.LineSearch(obj, x, f, d, slope, xt, out double ft);
            if (alpha == 0)
            {
                if (-slope <= 1e-12 * (1 + Math.Abs(f)))
                    return new SearchOutcome(true, false, edm, "converged at machine precision", v);
                if (restarts >= Options.MaxRestarts)
                    return new SearchOutcome(false, false, edm, "line search failed", v);
                restarts++;
                v = StartingMetric.InitialMetric(obj, x);
                edm = BfgsSteps.Edm(g, v);
                continue;
            }

            for (int i = 0; i < n; i++)
                xt[i] = x[i] + alpha * d[i];
            ft = obj.ValueAndGradient(xt, gt);
            double sy = 0, ss = 0, yy = 0;
            for (int i = 0; i < n; i++)
            {
                s[i] = xt[i] - x[i];
                y[i] = gt[i] - g[i];
                sy += s[i] * y[i];
                ss += s[i] * s[i];
                yy += y[i] * y[i];
            }
            if (sy > 1e-12 * Math.Sqrt(ss * yy))
                BfgsSteps.BfgsUpdate(v, s, y, vy, sy);
            Array.Copy(xt, x, n);
            Array.Copy(gt, g, n);
            f = ft;
            iterations++;
            edm = BfgsSteps.Edm(g, v);
        }
    }

    private static double[] HessianSteps(InternalObjective obj, double[] x, double[] ext, double[] metric)
    {
        int n = x.Length;
        var steps = new double[n];
        for (int j = 0; j < n; j++)
        {
            var par = obj.Parameters[obj.Free[j]];
            double sigma = Math.Sqrt(2 * metric[j * n + j]) * Math.Abs(obj.Jacobian(j, x[j]));
            if (!(sigma > 0) || !double.IsFinite(sigma) || sigma > 100 * par.Step)
                sigma = par.Step;
            steps[j] = Math.Max(0.01 * sigma, 1e-9 * (1 + Math.Abs(ext[obj.Free[j]])));
        }
        return steps;
    }

    /// <summary>EDM = g^T H^-1 g / 2 in external coordinates over the free parameters not at a limit.</summary>
    private static double HessianEdm(InternalObjective obj, double[] ext, HessianErrors.Outcome hesse, bool[] atLimit)
    {
        if (hesse.Failed)
            return double.NaN;
        int[] free = obj.Free;
        var inner = Enumerable.Range(0, free.Length).Where(j => !atLimit[free[j]]).ToArray();
        if (inner.Length == 0)
            return 0;
        var grad = new double[ext.Length];
        obj.ExternalValueAndGradient(ext, grad);
        var h = Matrix<double>.Build.Dense(inner.Length, inner.Length, (a, b) => hesse.Hessian[inner[a], inner[b]]);
        var gv = Vector<double>.Build.Dense(inner.Length, a => grad[free[inner[a]]]);
        try
        {
            return 0.5 * gv.DotProduct(h.Cholesky().Solve(gv));
        }
        catch (ArgumentException)
        {
            // Not positive definite (a saddle, or a ridge): the EDM with the positive-definite form behind the covariance,
            // H_pd^-1 = V / 2 (HessianErrors), so a stop with a gradient along a direction of negative curvature is not
            // taken for a minimum. (Next to a one-sided limit the internal sqrt transform makes the internal gradient
            // vanish, so the search's own EDM can look converged there: seen with sigma_T ~ 1e-3 on the reference
            // sample, 0.35 above the minimum.) A flat limit (gradient 0, e.g. mu_nu = 0) keeps an EDM of ~0.
            if (hesse.Covariance.GetLength(0) != free.Length)
                return double.NaN;
            double sum = 0;
            foreach (int a in inner)
                foreach (int b in inner)
                    sum += grad[free[a]] * hesse.Covariance[a, b] * grad[free[b]];
            return double.IsFinite(sum) ? 0.25 * sum : double.NaN;
        }
    }

    private static void MarkLimits(ParameterSet parameters, double[] ext, bool[] atLimit)
    {
        for (int i = 0; i < parameters.Count; i++)
        {
            var p = parameters[i];
            double tol = 1e-3 * p.Step;
            atLimit[i] = !p.IsFixed && ((p.HasLowerLimit && ext[i] - p.Lower <= tol) || (p.HasUpperLimit && p.Upper - ext[i] <= tol));
        }
    }

    private FitResult Assemble(InternalObjective obj, double[] x, double f, double edm, bool converged, bool callLimit,
        string message, int iterations, int restarts, HessianErrors.Outcome? hesse, bool[] atLimit)
    {
        var parameters = obj.Parameters;
        int np = parameters.Count;
        double[] ext = obj.External(x);
        MarkLimits(parameters, ext, atLimit);
        var cov = new double[np, np];
        var errors = new double[np];
        int[] free = obj.Free;
        bool haveErrors = hesse is not null && !hesse.Failed;
        for (int i = 0; i < np; i++)
            errors[i] = parameters[i].IsFixed ? 0 : double.NaN;
        if (hesse is not null)
            for (int a = 0; a < free.Length; a++)
            {
                for (int b = 0; b < free.Length; b++)
                    cov[free[a], free[b]] = hesse.Covariance[a, b];
                errors[free[a]] = Math.Sqrt(hesse.Covariance[a, a]);
            }
        var corr = new double[np, np];
        for (int i = 0; i < np; i++)
            for (int j = 0; j < np; j++)
                corr[i, j] = errors[i] > 0 && errors[j] > 0 ? cov[i, j] / (errors[i] * errors[j]) : (i == j && !parameters[i].IsFixed ? 1 : 0);
        var fitted = new Parameter[np];
        for (int i = 0; i < np; i++)
        {
            var p = parameters[i].WithValue(Math.Clamp(ext[i], parameters[i].Lower, parameters[i].Upper));
            fitted[i] = errors[i] > 0 && double.IsFinite(errors[i]) ? p.WithStep(errors[i]) : p;
        }
        if (callLimit)
            message = "call limit reached";
        return new FitResult
        {
            Names = parameters.Names.ToArray(),
            Values = ext,
            Errors = errors,
            IsFixed = parameters.Select(p => p.IsFixed).ToArray(),
            AtLimit = (bool[])atLimit.Clone(),
            Covariance = cov,
            Correlation = corr,
            MinimumDeviance = f,
            Edm = edm,
            Converged = converged,
            HasAccurateCovariance = haveErrors && !hesse!.MadePositiveDefinite,
            HessianMadePositiveDefinite = hesse?.MadePositiveDefinite ?? false,
            ReachedCallLimit = callLimit,
            FunctionCalls = obj.FunctionCalls,
            GradientCalls = obj.GradientCalls,
            Iterations = iterations,
            Restarts = restarts,
            Message = message,
            Parameters = new ParameterSet(fitted),
        };
    }
}
