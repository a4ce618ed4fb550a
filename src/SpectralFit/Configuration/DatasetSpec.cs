namespace SpectralFit.Configuration;

/// <summary>The measured spectrum to fit.</summary>
/// <param name="Path">Absolute path of the data file (resolved against the config file's folder; the file exists).</param>
/// <param name="PathAsWritten">The path as written in the configuration (may contain "{estimator}").</param>
/// <param name="Window">Fit window in estimator units, or null for the whole spectrum.</param>
/// <param name="Rebin">Number of adjacent bins merged (>= 1).</param>
/// <param name="PmtNormalization">How the estimator was scaled to a reference number of PMTs (binning aliasing), or null.</param>
public sealed record DatasetSpec(string Path, string PathAsWritten, DatasetFormat Format, ObservableWindow? Window, int Rebin,
    PmtNormalizationSpec? PmtNormalization = null);

/// <summary>dataset:pmt_normalization: x = n <paramref name="ReferencePmts"/> / N_live, N_live uniform over
/// <paramref name="LiveMin"/>..<paramref name="LiveMax"/>.</summary>
public sealed record PmtNormalizationSpec(double ReferencePmts, int LiveMin, int LiveMax);
