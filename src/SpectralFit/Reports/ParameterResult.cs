namespace SpectralFit.Reports;

/// <summary>A fitted parameter for the report: best value, its error (NaN when unknown) and whether it was fixed.</summary>
public sealed record ParameterResult(string Name, double Value, double Error, string Unit, bool Fixed = false);
