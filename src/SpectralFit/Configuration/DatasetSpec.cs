namespace SpectralFit.Configuration;

/// <summary>The measured spectrum to fit.</summary>
/// <param name="Path">Absolute path of the data file (resolved against the config file's folder; the file exists).</param>
/// <param name="PathAsWritten">The path as written in the configuration (may contain "{estimator}").</param>
/// <param name="Window">Fit window in estimator units, or null for the whole spectrum.</param>
/// <param name="Rebin">Number of adjacent bins merged (>= 1).</param>
public sealed record DatasetSpec(string Path, string PathAsWritten, DatasetFormat Format, ObservableWindow? Window, int Rebin);
