namespace SpectralFit.Reports;

/// <summary>
/// Goodness of fit: the Poisson deviance 2 sum[m - n + n ln(n/m)] (Baker-Cousins chi^2), the number of
/// bins and of free parameters, and optionally its p-value.
/// </summary>
public sealed record FitQuality(double Deviance, int Bins, int FreeParameters, double? PValue = null)
{
    public int DegreesOfFreedom => Bins - FreeParameters;
}
