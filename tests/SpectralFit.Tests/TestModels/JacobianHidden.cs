using SpectralFit.Models;
using SpectralFit.Parameters;

namespace SpectralFit.Tests.TestModels;

/// <summary>Wraps a model and hides its Jacobian, so the likelihood falls back to numeric differences.</summary>
public sealed class JacobianHidden(ISpectralModel inner) : ISpectralModel
{
    public int BinCount => inner.BinCount;

    public ParameterSet Parameters => inner.Parameters;

    public void Expected(ReadOnlySpan<double> p, Span<double> expected) => inner.Expected(p, expected);
}
