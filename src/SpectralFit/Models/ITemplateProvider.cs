using SpectralFit.Parameters;

namespace SpectralFit.Models;

/// <summary>
/// Spectral shapes (templates) that depend on shape parameters theta (light yield, resolution,
/// 210Po peak position, ...): T_k,i(theta) = expected counts in bin i per unit amplitude of
/// component k. Used by <see cref="RateTemplateModel"/>, which multiplies them by the rates.
/// <see cref="Templates"/> must be thread-safe.
/// </summary>
public interface ITemplateProvider
{
    int TemplateCount { get; }

    int BinCount { get; }

    /// <summary>Parameters theta the shapes depend on (may be empty).</summary>
    ParameterSet ShapeParameters { get; }

    /// <summary>Writes all templates, <c>templates[k * BinCount + i]</c>, for the shape parameters <paramref name="theta"/>.</summary>
    void Templates(ReadOnlySpan<double> theta, Span<double> templates);
}
