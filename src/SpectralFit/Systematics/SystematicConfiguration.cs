using SpectralFit.Likelihood;

namespace SpectralFit.Systematics;

/// <summary>
/// One systematic configuration to evaluate: its name, prior weight P(c) and a factory building
/// its likelihood (model assembly with this configuration's choices and its data). The factory runs
/// on a worker thread; the likelihood it returns must be thread-safe. <paramref name="Data"/> names
/// the data the likelihood is built on (configurations on different data are not weighted against
/// each other by likelihood; see <see cref="SystematicsCombination"/>).
/// </summary>
public sealed record SystematicConfiguration(string Name, double Prior, Func<CompositeLikelihood> BuildLikelihood, string Data = "");
