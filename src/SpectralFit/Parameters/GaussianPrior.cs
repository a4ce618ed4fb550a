using SolarFlux.Common;

namespace SpectralFit.Parameters;

/// <summary>
/// An external Gaussian constraint on one parameter: it enters the fit as the pull term
/// ((p - Mean) / Sigma)^2 added to the deviance (see <see cref="Likelihood.GaussianPull"/>).
/// </summary>
public sealed record GaussianPrior
{
    public GaussianPrior(double mean, double sigma, string parameterName = "parameter")
    {
        UserInputException.RequireFinite(mean, $"{parameterName}: prior mean");
        UserInputException.RequireFinite(sigma, $"{parameterName}: prior sigma");
        if (sigma <= 0)
            throw new UserInputException($"{parameterName}: prior sigma must be > 0, got {sigma}");
        Mean = mean;
        Sigma = sigma;
    }

    public double Mean { get; }

    public double Sigma { get; }
}
