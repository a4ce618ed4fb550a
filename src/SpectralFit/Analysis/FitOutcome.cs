using SpectralFit.Minimization;
using SpectralFit.Modeling;

namespace SpectralFit.Analysis;

/// <summary>
/// A finished fit and its quality: the Poisson deviance alone (Baker-Cousins chi^2, without pull and gallium
/// terms), the number of bins, free parameters, degrees of freedom and the chi^2 p-value of the deviance.
/// </summary>
/// <param name="GalliumSnu">Predicted 71Ga capture rate at the best fit [SNU], or null without the constraint.</param>
public sealed record FitOutcome(
    AssembledFit Fit,
    FitResult Result,
    double Deviance,
    int Bins,
    int FreeParameters,
    double PValue,
    double? GalliumSnu,
    TimeSpan Elapsed)
{
    public int DegreesOfFreedom => Bins - FreeParameters;
}
