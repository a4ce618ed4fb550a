using SpectralFit.Parameters;

namespace SpectralFit.Models;

/// <summary>
/// A binned spectral model: the expected counts per bin as a function of the parameter vector
/// (ordered as <see cref="Parameters"/>). This is all the inference layer sees of the physics.
/// <see cref="Expected"/> must be thread-safe (no shared mutable scratch): profiles, systematics
/// and toys evaluate one model from several threads.
/// </summary>
public interface ISpectralModel
{
    /// <summary>Number of observable bins.</summary>
    int BinCount { get; }

    /// <summary>The model's parameters in vector order (names, starting values, limits, priors).</summary>
    ParameterSet Parameters { get; }

    /// <summary>Writes the expected counts mu_i(p) of every bin into <paramref name="expected"/>.</summary>
    void Expected(ReadOnlySpan<double> p, Span<double> expected);
}
