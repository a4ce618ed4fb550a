using SpectralFit.Parameters;

namespace SpectralFit.Minimization;

/// <summary>
/// Outcome of a minimization, reported and never thrown (like iminuit's FMin). Errors come from the
/// numerical Hessian H of the deviance D at the minimum in external coordinates: for
/// D = -2 ln L the covariance is V = 2 H^-1 (Delta D = 1 at one sigma). Fixed parameters have error
/// 0 and zero covariance rows.
/// </summary>
public sealed record FitResult
{
    public required IReadOnlyList<string> Names { get; init; }

    public required IReadOnlyList<double> Values { get; init; }

    /// <summary>Parabolic 1-sigma errors sqrt(V_kk) (0 for fixed parameters, NaN if errors were not computed).</summary>
    public required IReadOnlyList<double> Errors { get; init; }

    public required IReadOnlyList<bool> IsFixed { get; init; }

    /// <summary>True where the value sits on one of its limits (within 1e-3 x its step).</summary>
    public required IReadOnlyList<bool> AtLimit { get; init; }

    /// <summary>Covariance matrix over all parameters (n x n, zero rows for fixed ones).</summary>
    public required double[,] Covariance { get; init; }

    /// <summary>Correlation matrix (unit diagonal for free parameters).</summary>
    public required double[,] Correlation { get; init; }

    /// <summary>The objective (deviance) at the minimum.</summary>
    public required double MinimumDeviance { get; init; }

    /// <summary>Estimated distance to the minimum, g^T V g / 2, over parameters not at a limit.</summary>
    public required double Edm { get; init; }

    /// <summary>EDM fell below the goal.</summary>
    public required bool Converged { get; init; }

    /// <summary>Converged, finite, and within the call budget.</summary>
    public bool IsValid => Converged && double.IsFinite(MinimumDeviance) && !ReachedCallLimit;

    /// <summary>The Hessian was computed and positive definite (no forcing).</summary>
    public required bool HasAccurateCovariance { get; init; }

    /// <summary>The Hessian was not positive definite and had to be forced (errors approximate).</summary>
    public required bool HessianMadePositiveDefinite { get; init; }

    public required bool ReachedCallLimit { get; init; }

    public bool HasParametersAtLimit => AtLimit.Any(a => a);

    public required int FunctionCalls { get; init; }

    public required int GradientCalls { get; init; }

    public required int Iterations { get; init; }

    public required int Restarts { get; init; }

    /// <summary>Human-readable status, e.g. "converged" or "call limit reached".</summary>
    public required string Message { get; init; }

    /// <summary>The input parameters with the fitted values (and errors as steps where available).</summary>
    public required ParameterSet Parameters { get; init; }

    public int IndexOf(string name) => Parameters.IndexOf(name);

    public double Value(string name) => Values[IndexOf(name)];

    public double Error(string name) => Errors[IndexOf(name)];

    public override string ToString()
    {
        var lines = new List<string>
        {
            $"D_min = {MinimumDeviance:G8}, EDM = {Edm:G3}, {Message}, valid = {IsValid}, accurate covariance = {HasAccurateCovariance}, calls = {FunctionCalls}+{GradientCalls} grad",
        };
        for (int i = 0; i < Names.Count; i++)
            lines.Add($"  {Names[i],-16} {Values[i],14:G7} +- {Errors[i]:G4}{(IsFixed[i] ? " (fixed)" : "")}{(AtLimit[i] ? " (at limit)" : "")}");
        return string.Join(Environment.NewLine, lines);
    }
}
