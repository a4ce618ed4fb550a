namespace SpectralFit.Models;

/// <summary>
/// A model that also provides the Jacobian d mu_i / d p_k (analytic where it can, e.g. in the
/// rates of a template model). Layout: <c>jacobian[k * BinCount + i]</c> = d mu_i / d p_k for all
/// parameters k (fixed ones included). Must be thread-safe like <see cref="ISpectralModel.Expected"/>.
/// </summary>
public interface IDifferentiableSpectralModel : ISpectralModel
{
    void ExpectedAndJacobian(ReadOnlySpan<double> p, Span<double> expected, Span<double> jacobian);
}
