namespace SpectralFit.Profiles;

/// <summary>
/// An upper limit from integrating L(mu) = exp(-Delta(mu)/2) x prior over mu &gt;= 0.
/// <see cref="TailFraction"/> is the share of the integral beyond the scan, estimated by continuing
/// Delta as the parabola through the last three scan points; a large value means the scan should be extended.
/// </summary>
public sealed record BayesianLimit(string ParameterName, double Credibility, double Limit, LimitPrior Prior, double TailFraction);
