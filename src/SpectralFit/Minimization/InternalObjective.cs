using SpectralFit.Likelihood;
using SpectralFit.Parameters;

namespace SpectralFit.Minimization;

/// <summary>
/// The objective seen by the variable-metric search: free parameters only, in Minuit's internal
/// (unbounded) coordinates, with call counting. One instance per minimization; only
/// <see cref="ExternalValueAndGradient"/> may be called from several threads at once.
/// </summary>
internal sealed class InternalObjective
{
    private readonly ILikelihoodTerm _objective;
    private readonly double[] _external;
    private readonly double[] _gradient;

    public InternalObjective(ILikelihoodTerm objective, ParameterSet parameters)
    {
        _objective = objective;
        Parameters = parameters;
        Free = Enumerable.Range(0, parameters.Count).Where(i => !parameters[i].IsFixed).ToArray();
        _external = parameters.Values();
        _gradient = new double[parameters.Count];
    }

    public ParameterSet Parameters { get; }

    /// <summary>Indices of the free parameters in the full vector.</summary>
    public int[] Free { get; }

    public int FunctionCalls { get; private set; }

    private int _gradientCalls;

    public int GradientCalls => Volatile.Read(ref _gradientCalls);

    public int TotalCalls => FunctionCalls + GradientCalls;

    public double[] StartInternal()
    {
        var x = new double[Free.Length];
        for (int j = 0; j < Free.Length; j++)
        {
            var p = Parameters[Free[j]];
            x[j] = BoundTransform.ToInternal(p.Value, p.Lower, p.Upper, 0.1 * p.Step);
        }
        return x;
    }

    /// <summary>Full external vector for internal coordinates x (fixed parameters at their values).</summary>
    public double[] External(ReadOnlySpan<double> x)
    {
        var ext = (double[])_external.Clone();
        Fill(x, ext);
        return ext;
    }

    public double Jacobian(int j, double x) =>
        BoundTransform.Derivative(x, Parameters[Free[j]].Lower, Parameters[Free[j]].Upper);

    public double Value(ReadOnlySpan<double> x)
    {
        Fill(x, _external);
        FunctionCalls++;
        return _objective.Value(_external);
    }

    public double ValueAndGradient(ReadOnlySpan<double> x, Span<double> g)
    {
        Fill(x, _external);
        Interlocked.Increment(ref _gradientCalls);
        Array.Clear(_gradient);
        double f = _objective.ValueAndGradient(_external, _gradient);
        for (int j = 0; j < Free.Length; j++)
            g[j] = _gradient[Free[j]] * Jacobian(j, x[j]);
        return f;
    }

    /// <summary>Value and external gradient (full length) at an external point; counts a gradient call. Thread-safe.</summary>
    public double ExternalValueAndGradient(double[] ext, double[] gradient)
    {
        Interlocked.Increment(ref _gradientCalls);
        Array.Clear(gradient);
        return _objective.ValueAndGradient(ext, gradient);
    }

    private void Fill(ReadOnlySpan<double> x, double[] ext)
    {
        for (int j = 0; j < Free.Length; j++)
        {
            var p = Parameters[Free[j]];
            ext[Free[j]] = BoundTransform.ToExternal(x[j], p.Lower, p.Upper);
        }
    }
}
