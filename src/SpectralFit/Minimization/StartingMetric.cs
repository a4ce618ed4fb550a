using MathNet.Numerics.LinearAlgebra;

namespace SpectralFit.Minimization;

/// <summary>Inverse-Hessian estimates in internal coordinates that seed (or re-seed) the variable-metric search.</summary>
internal static class StartingMetric
{
    /// <summary>
    /// Starting inverse Hessian: the external Hessian H from central differences of the gradient
    /// (steps 0.1 x each parameter's Step), turned into internal coordinates by
    /// <see cref="MetricFromExternalHessian"/>.
    /// </summary>
    public static double[] InitialMetric(InternalObjective obj, double[] x)
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
    public static double[] MetricFromExternalHessian(InternalObjective obj, double[] x, double[,] hExt)
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
}
