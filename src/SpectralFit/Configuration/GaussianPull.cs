namespace SpectralFit.Configuration;

/// <summary>A Gaussian penalty ((x - Mean)/Sigma)^2 added to -2 ln L for a parameter.</summary>
public sealed record GaussianPull(double Mean, double Sigma);
