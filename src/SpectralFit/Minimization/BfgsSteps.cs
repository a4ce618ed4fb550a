namespace SpectralFit.Minimization;

/// <summary>
/// The pieces of one variable-metric iteration (Fletcher, Practical Methods of Optimization, ch. 3):
/// search direction, backtracking line search, BFGS update of the inverse Hessian V, and the EDM.
/// V is stored row-major in a flat array.
/// </summary>
internal static class BfgsSteps
{
    /// <summary>d = -V g; returns the slope g.d.</summary>
    public static double Direction(double[] v, double[] g, double[] d)
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
    public static double LineSearch(InternalObjective obj, double[] x, double f, double[] d, double slope, double[] xt, out double ft)
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
                return trial == 0 ? Extrapolate(obj, x, f, d, slope, xt, ref ft) : alpha;
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

    /// <summary>
    /// The full step was accepted with a decrease close to the linear prediction (the metric
    /// underestimates the step, typical far from the minimum or near a sin-transformed limit):
    /// double the step while the value keeps falling, at most four times.
    /// </summary>
    private static double Extrapolate(InternalObjective obj, double[] x, double f, double[] d, double slope, double[] xt, ref double ft)
    {
        double alpha = 1;
        if (!(ft - f <= 0.9 * slope))
            return alpha;
        var trialPoint = new double[x.Length];
        for (int k = 0; k < 4; k++)
        {
            double next = 2 * alpha;
            for (int i = 0; i < x.Length; i++)
                trialPoint[i] = x[i] + next * d[i];
            double fn = obj.Value(trialPoint);
            if (!double.IsFinite(fn) || fn >= ft)
                break;
            alpha = next;
            ft = fn;
            if (!(ft - f <= 0.9 * alpha * slope))
                break;
        }
        for (int i = 0; i < x.Length; i++)
            xt[i] = x[i] + alpha * d[i];
        return alpha;
    }

    public static void BfgsUpdate(double[] v, double[] s, double[] y, double[] vy, double sy)
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

    public static double Edm(double[] g, double[] v)
    {
        int n = g.Length;
        double sum = 0;
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                sum += g[i] * v[i * n + j] * g[j];
        return 0.5 * sum;
    }
}
