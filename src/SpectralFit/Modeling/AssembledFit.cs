using SpectralFit.Configuration;
using SpectralFit.Likelihood;

namespace SpectralFit.Modeling;

/// <summary>
/// A fit ready to run: the configuration, the observed spectrum, the model, the likelihood (Poisson deviance +
/// pulls + gallium constraint) and what reports need (units, SSM rates, notes).
/// </summary>
/// <param name="Gallium">The gallium term, or null when constraints:gallium:enabled is false.</param>
/// <param name="SsmRates">SSM interaction rate (T &gt; 0) of each solar component [cpd/100t].</param>
/// <param name="Units">Unit of each parameter.</param>
/// <param name="Notes">Settings worth printing (exposure source, build-time response values).</param>
public sealed record AssembledFit(
    FitConfiguration Configuration,
    ObservedSpectrum Observed,
    BorexinoSpectrumModel Model,
    CompositeLikelihood Likelihood,
    LinearGaussianConstraint? Gallium,
    IReadOnlyDictionary<string, double> SsmRates,
    IReadOnlyDictionary<string, string> Units,
    IReadOnlyList<string> Notes)
{
    public double[] Counts => Observed.Data.Counts.ToArray();

    /// <summary>A likelihood of the same model (and constraints) for other counts, e.g. pseudo-data.</summary>
    public CompositeLikelihood LikelihoodFor(IReadOnlyList<double> counts) =>
        Gallium is null ? CompositeLikelihood.ForModel(Model, counts) : CompositeLikelihood.ForModel(Model, counts, Gallium);
}
