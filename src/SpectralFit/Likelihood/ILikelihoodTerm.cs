namespace SpectralFit.Likelihood;

/// <summary>
/// One additive piece of the fit objective, in deviance units: -2 ln L_term + const (so a
/// Gaussian pull is ((p - m)/s)^2 and Delta = 1 is one sigma). Terms add together in
/// <see cref="CompositeLikelihood"/>. Implementations are thread-safe.
/// </summary>
public interface ILikelihoodTerm
{
    /// <summary>Short description for reports, e.g. "Poisson deviance (860 bins)".</summary>
    string Name { get; }

    /// <summary>The term's value at the full parameter vector <paramref name="p"/>.</summary>
    double Value(ReadOnlySpan<double> p);

    /// <summary>The value, and ADDS d value / d p_k into <paramref name="gradient"/> (length = p.Length).</summary>
    double ValueAndGradient(ReadOnlySpan<double> p, Span<double> gradient);
}
