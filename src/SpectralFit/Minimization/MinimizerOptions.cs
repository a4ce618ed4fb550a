namespace SpectralFit.Minimization;

/// <summary>Settings of <see cref="VariableMetricMinimizer"/> (defaults follow Minuit's spirit).</summary>
public sealed record MinimizerOptions
{
    /// <summary>
    /// Convergence: estimated distance to minimum EDM = g^T V g / 2 below this (deviance units).
    /// Minuit's default is 0.002 x 0.1 = 2e-4; tighter here because profiles subtract minima.
    /// </summary>
    public double EdmGoal { get; init; } = 1e-5;

    /// <summary>Call budget (value + gradient evaluations); null = Minuit's 200 + 100 n + 5 n^2.</summary>
    public int? MaxCalls { get; init; }

    /// <summary>How often the variable-metric search restarts from its current point with a fresh metric.</summary>
    public int MaxRestarts { get; init; } = 3;

    /// <summary>Compute errors, covariance and correlation from the numerical Hessian at the minimum.</summary>
    public bool ComputeErrors { get; init; } = true;
}
