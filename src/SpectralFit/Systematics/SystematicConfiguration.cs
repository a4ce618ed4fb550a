using SpectralFit.Likelihood;

namespace SpectralFit.Systematics;

/// <summary>
/// One systematic configuration to evaluate: its name, prior weight P(c) and a factory building
/// its likelihood (model assembly with this configuration's choices and its data). The factory runs
/// on a worker thread; the likelihood it returns must be thread-safe.
/// </summary>
public sealed record SystematicConfiguration(string Name, double Prior, Func<CompositeLikelihood> BuildLikelihood);
