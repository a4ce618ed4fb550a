using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace SpectralFit.Minimization;

/// <summary>
/// Numerical Hessian of the deviance in external coordinates from central differences of the
/// analytic gradient, H_jk = (g_j(x + h_k) - g_j(x - h_k)) / 2h_k (one-sided next to a limit),
/// symmetrized; covariance V = 2 H^-1 over the free parameters.
/// </summary>
internal static class HessianErrors
{
    public sealed record Outcome(double[,] Hessian, double[,] Covariance, bool MadePositiveDefinite, bool Failed);

    /// <param name="steps">Difference step per free parameter (external units).</param>
    public static Outcome Compute(InternalObjective objective, double[] external, double[] steps)
    {
        int[] free = objective.Free;
        int n = free.Length, np = external.Length;
        var h = new double[n, n];
        bool failed = false;
        // Columns are independent (thread-safe likelihood, own scratch per column): computed in parallel,
        // each column written by one worker only, so the result does not depend on the threading.
        Parallel.For(0, n, () => (new double[np], new double[np]), (k, _, scratch) =>
        {
            var (gUp, gDown) = scratch;
            var par = objective.Parameters[free[k]];
            double x = external[free[k]];
            double up = Math.Min(x + steps[k], par.Upper), down = Math.Max(x - steps[k], par.Lower);
            if (!(up > down))
            {
                Volatile.Write(ref failed, true);
                return scratch;
            }
            var e = (double[])external.Clone();
            e[free[k]] = up;
            objective.ExternalValueAndGradient(e, gUp);
            e[free[k]] = down;
            objective.ExternalValueAndGradient(e, gDown);
            for (int j = 0; j < n; j++)
                h[j, k] = (gUp[free[j]] - gDown[free[j]]) / (up - down);
            return scratch;
        }, _ => { });
        for (int j = 0; j < n; j++)
            for (int k = 0; k < j; k++)
                h[j, k] = h[k, j] = 0.5 * (h[j, k] + h[k, j]);
        if (n == 0)
            return new Outcome(h, new double[0, 0], false, failed);
        foreach (double v in h)
            failed |= !double.IsFinite(v);
        if (failed)
            return new Outcome(h, Nan(n), false, true);

        // V = 2 H^-1 through the eigen-decomposition of the scaled Hessian S H S, S = diag(1/sqrt|H_kk|), so that
        // parameters in very different units (Bq vs MeV) do not make it look singular; non-positive eigenvalues
        // are raised to a small positive floor (Minuit's "made positive definite") and reported.
        var scale = new double[n];
        for (int k = 0; k < n; k++)
            scale[k] = h[k, k] != 0 && double.IsFinite(h[k, k]) ? 1 / Math.Sqrt(Math.Abs(h[k, k])) : 1;
        var scaled = new double[n, n];
        for (int j = 0; j < n; j++)
            for (int k = 0; k < n; k++)
                scaled[j, k] = scale[j] * h[j, k] * scale[k];
        var m = Matrix<double>.Build.DenseOfArray(scaled);
        Evd<double> evd = m.Evd(Symmetricity.Symmetric);
        double[] lambda = evd.EigenValues.Select(c => c.Real).ToArray();
        double max = lambda.Max(Math.Abs);
        double floor = 1e-10 * Math.Max(max, 1e-300);
        bool madePd = false;
        for (int i = 0; i < n; i++)
        {
            if (lambda[i] <= floor)
            {
                madePd = true;
                lambda[i] = Math.Max(Math.Abs(lambda[i]), 1e-6 * max);
            }
        }
        var u = evd.EigenVectors;
        var s = Matrix<double>.Build.DiagonalOfDiagonalArray(scale);
        var inv = s * (u * Matrix<double>.Build.DiagonalOfDiagonalArray(lambda.Select(l => 2.0 / l).ToArray()) * u.Transpose()) * s;
        return new Outcome(h, inv.ToArray(), madePd, false);
    }

    private static double[,] Nan(int n)
    {
        var a = new double[n, n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                a[i, j] = double.NaN;
        return a;
    }
}
