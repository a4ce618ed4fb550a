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

    /// <summary>Minimizes <paramref name="objective"/> starting from (and respecting the limits/fixes of) <paramref name="parameters"/>.</summary>
    public FitResult Minimize(ILikelihoodTerm objective, ParameterSet parameters)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(parameters);
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
                if (!search.Converged || !Options.ComputeErrors)
                {
                    converged = search.Converged;
                    break;
                }
                double[] ext = obj.External(x);
                MarkLimits(parameters, ext, atLimit);
                hesse = HessianErrors.Compute(obj, ext, HessianSteps(obj, x, ext, search.Metric));
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
                seedMetric = hesse.Failed ? null : MetricFromExternalHessian(obj, x, hesse.Hessian);
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
        double[] v = seedMetric ?? InitialMetric(obj, x);
        var d = new double[n];
        var xt = new double[n];
        var gt = new double[n];
        var s = new double[n];
        var y = new double[n];
        var vy = new double[n];
        double edm = Edm(g, v);
        while (true)
        {
            if (n == 0 || edm < Options.EdmGoal)
                return new SearchOutcome(true, false, n == 0 ? 0 : edm, "converged", v);
            if (obj.TotalCalls >= maxCalls)
                return new SearchOutcome(false, true, edm, "call limit reached", v);

            double slope = Direction(v, g, d);
            if (!(slope < 0))
            {
                v = InitialMetric(obj, x);
                slope = Direction(v, g, d);
                if (!(slope < 0))
                    return new SearchOutcome(false, false, edm, "no descent direction", v);
            }

            double alpha = LineSearch(obj, x, f, d, slope, xt, out double ft);
            if (alpha == 0)
            {
                if (-slope <= 1e-12 * (1 + Math.Abs(f)))
                    return new SearchOutcome(true, false, edm, "converged at machine precision", v);
                if (restarts >= Options.MaxRestarts)
                    return new SearchOutcome(false, false, edm, "line search failed", v);
                restarts++;
                v = InitialMetric(obj, x);
                edm = Edm(g, v);
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
                BfgsUpdate(v, s, y, vy, sy);
            Array.Copy(xt, x, n);
            Array.Copy(gt, g, n);
            f = ft;
            iterations++;
            edm = Edm(g, v);
        }
    }

    /// <summary>d = -V g; returns the slope g.d.</summary>
    private static double Direction(double[] v, double[] g, double[] d)
    {
        int n = g.Length;
        double slope = 0;
        for (int i = 0; i < n; i++)
        {
            double sum = 0;
            for (int j = 0; j < n; j++)
                sum += v[i * n + j] * g[j];
            d[i] = -sum;
            slope += g[i] * d[i];
        }
        return slope;
    }

    /// <summary>Backtracking with quadratic interpolation until the Armijo condition holds; 0 on failure.</summary>
    private static double LineSearch(InternalObjective obj, double[] x, double f, double[] d, double slope, double[] xt, out double ft)
    {
        double alpha = 1;
        double dmax = d.Max(Math.Abs), xmax = x.Length == 0 ? 0 : x.Max(Math.Abs);
        ft = f;
        for (int trial = 0; trial < 40; trial++)
        {
            for (int i = 0; i < x.Length; i++)
                xt[i] = x[i] + alpha * d[i];
            ft = obj.Value(xt);
            if (double.IsFinite(ft) && ft <= f + 1e-4 * alpha * slope)
                return alpha;
            if (!double.IsFinite(ft))
                alpha *= 0.1;
            else
            {
                double a = -slope * alpha * alpha / (2 * (ft - f - slope * alpha));
                alpha = Math.Clamp(double.IsFinite(a) ? a : 0.1 * alpha, 0.1 * alpha, 0.5 * alpha);
            }
            if (alpha * dmax < 1e-15 * (1 + xmax))
                break;
        }
        return 0;
    }

    private static void BfgsUpdate(double[] v, double[] s, double[] y, double[] vy, double sy)
    {
        int n = s.Length;
        double yvy = 0;
        for (int i = 0; i < n; i++)
        {
            double sum = 0;
            for (int j = 0; j < n; j++)
                sum += v[i * n + j] * y[j];
            vy[i] = sum;
            yvy += y[i] * sum;
        }
        double rho = 1 / sy, c = (sy + yvy) * rho * rho;
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                v[i * n + j] += c * s[i] * s[j] - rho * (vy[i] * s[j] + s[i] * vy[j]);
    }

    private static double Edm(double[] g, double[] v)
    {
        int n = g.Length;
        double sum = 0;
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                sum += g[i] * v[i * n + j] * g[j];
        return 0.5 * sum;
    }

    /// <summary>
    /// Starting inverse Hessian: the external Hessian H from central differences of the gradient
    /// (steps 0.1 x each parameter's Step), turned into internal coordinates by
    /// <see cref="MetricFromExternalHessian"/>.
    /// </summary>
    private static double[] InitialMetric(InternalObjective obj, double[] x)
    {
        int[] free = obj.Free;
        int n = x.Length;
        double[] ext = obj.External(x);
        var steps = new double[n];
        for (int j = 0; j < n; j++)
            steps[j] = 0.1 * obj.Parameters[free[j]].Step;
        var hessian = HessianErrors.Compute(obj, ext, steps).Hessian;
        return MetricFromExternalHessian(obj, x, hessian);
    }

    /// <summary>
    /// Internal inverse Hessian from the external one: M = J H J + diag(max(0, g_j ext''_j)) with
    /// J = d ext / d x. The transform term is kept only where it adds curvature (a parameter pressed
    /// against its limit); its negative part, which only appears away from the minimum, is dropped so
    /// M stays positive definite whenever H is. Inverted by Cholesky; if that fails, the inverse of the
    /// positive diagonal (scaled steepest descent).
    /// </summary>
    private static double[] MetricFromExternalHessian(InternalObjective obj, double[] x, double[,] hExt)
    {
        int[] free = obj.Free;
        int n = x.Length;
        var v = new double[n * n];
        var gExt = new double[obj.Parameters.Count];
        obj.ExternalValueAndGradient(obj.External(x), gExt);
        var jac = new double[n];
        var m = new double[n, n];
        for (int a = 0; a < n; a++)
            jac[a] = obj.Jacobian(a, x[a]);
        bool finite = true;
        for (int a = 0; a < n; a++)
        {
            var p = obj.Parameters[free[a]];
            for (int b = 0; b < n; b++)
                m[a, b] = jac[a] * hExt[a, b] * jac[b];
            m[a, a] += Math.Max(0, gExt[free[a]] * BoundTransform.SecondDerivative(x[a], p.Lower, p.Upper));
            for (int b = 0; b < n; b++)
                finite &= double.IsFinite(m[a, b]);
        }
        double scale = 0;
        for (int a = 0; a < n; a++)
            scale = Math.Max(scale, finite ? m[a, a] : 0);
        for (int a = 0; a < n; a++)
            if (!(m[a, a] > 1e-12 * scale))
                m[a, a] = Math.Max(1e-12 * scale, 1e-300) + (finite ? Math.Abs(m[a, a]) : 0);
        if (finite && n > 0)
        {
            try
            {
                var inverse = Matrix<double>.Build.DenseOfArray(m).Cholesky().Solve(Matrix<double>.Build.DenseIdentity(n));
                for (int a = 0; a < n; a++)
                    for (int b = 0; b < n; b++)
                        v[a * n + b] = 0.5 * (inverse[a, b] + inverse[b, a]);
                return v;
            }
            catch (ArgumentException)
            {
                // H not positive definite (non-convex region): diagonal below
            }
        }
        for (int a = 0; a < n; a++)
            v[a * n + a] = finite && m[a, a] > 0 ? 1 / m[a, a] : 0.01;
        return v;
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
            return double.NaN; // Hessian block not positive definite: keep the search's EDM
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
