namespace SpectralFit.Configuration;

/// <summary>One configuration of the discrete systematics: a choice on every axis.</summary>
/// <param name="Label">The choices' labels joined, e.g. "convolution / gs98".</param>
/// <param name="PriorWeight">Normalized prior P(c): product of the choices' weights, divided by the sum over variants.</param>
public sealed record SystematicVariant(string Label, FitConfiguration Configuration, double PriorWeight);
