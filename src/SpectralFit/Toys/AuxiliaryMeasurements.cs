using MathNet.Numerics.Distributions;
using SpectralFit.Likelihood;
using SpectralFit.Models;

namespace SpectralFit.Toys;

/// <summary>
/// Toy likelihoods whose auxiliary measurements (the "global observables": a Gaussian prior's central value, the
/// gallium rate) are drawn anew in every toy around their values at the truth, as the Poisson counts are:
/// prior mean ~ N(p_true, sigma), measured R ~ N(R(p_true), sigma) (Cowan, Cranmer, Gross, Vitells, EPJC 71, 1554
/// (2011), §2). With the central values kept fixed every toy is pulled to the same place, and the pulls of the
/// constrained parameters (and of those correlated with them) come out narrower than 1.
/// </summary>
public static class AuxiliaryMeasurements
{
    /// <summary>
    /// A likelihood builder for <see cref="ToyStudy"/>: Poisson deviance of the toy counts under <paramref name="model"/>,
    /// one Gaussian pull per parameter with a prior (mean drawn around the truth), and each of <paramref name="constraints"/>
    /// with its measured value drawn around its prediction at the truth. Draws come from the toy's generator, in
    /// parameter order and then constraint order, so a toy's likelihood depends on its seed only.
    /// </summary>
    /// <param name="truth">The parameters the toys are generated at (model order).</param>
    public static Func<IReadOnlyList<double>, Random, CompositeLikelihood> Redrawn(ISpectralModel model, IReadOnlyList<double> truth,
        params LinearGaussianConstraint[] constraints)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(constraints);
        if (truth.Count != model.Parameters.Count)
            throw new ArgumentException($"{truth.Count} true values for {model.Parameters.Count} parameters", nameof(truth));
        var p = truth.ToArray();
        var predicted = constraints.Select(c => c.Predicted(p)).ToArray();
        var parameters = model.Parameters;
        return (counts, random) =>
        {
            var terms = new List<ILikelihoodTerm> { new PoissonDeviance(model, counts) };
            for (int i = 0; i < parameters.Count; i++)
            {
                if (parameters[i].Prior is { } prior)
                    terms.Add(new GaussianPull(parameters, parameters[i].Name, Normal.Sample(random, p[i], prior.Sigma), prior.Sigma));
            }
            for (int k = 0; k < constraints.Length; k++)
            {
                var c = constraints[k];
                terms.Add(new LinearGaussianConstraint(c.Name, parameters, c.Coefficients, c.Offset,
                    Normal.Sample(random, predicted[k], c.Sigma), c.Sigma));
            }
            return new CompositeLikelihood(parameters, terms);
        };
    }
}
