using DetectorResponse.Data;
using DetectorResponse.Estimators;
using SolarFlux.Common;
using SpectralFit.Configuration;

namespace SpectralFit.Modeling;

/// <summary>
/// Reads the measured spectrum a fit configuration names (or a <c>--data FILE</c> override), in the
/// configured estimator, cut to the fit window and rebinned. The dataset's own exposure is used
/// (it belongs to the counts); <see cref="ObservedSpectrum.ConfiguredExposure"/> keeps the config's.
/// </summary>
public static class DatasetLoader
{
    /// <param name="overridePath">Data file replacing dataset:path, or null.</param>
    /// <param name="overrideFormat">Its format; null = detected (a "# spectralfit-dataset" header) or the config's format.</param>
    public static ObservedSpectrum Load(FitConfiguration configuration, string? overridePath = null, DatasetFormat? overrideFormat = null)
    {
        var spec = configuration.Dataset;
        string path = overridePath ?? spec.Path;
        if (!File.Exists(path))
            throw new UserInputException($"{(overridePath is null ? "dataset:path" : "--data")} {path}: data file not found");
        var format = overrideFormat ?? (overridePath is null ? spec.Format : Detect(path, spec.Format));
        var estimator = configuration.Estimator;
        BinnedDataset full = format switch
        {
            DatasetFormat.SpectralFit => ReadSection(path, estimator),
            DatasetFormat.BorexinoPhase2 => Phase2SpectrumReader.Read(path),
            _ => Phase3SpectrumReader.Read(path, configuration.Exposure!.Day100t),
        };
        var windowed = spec.Window is { } w ? full.Window(w.Min, w.Max) : full;
        var data = spec.Rebin > 1 ? Rebin(windowed, spec.Rebin) : windowed;
        return new ObservedSpectrum(data, path, format, configuration.Exposure?.Day100t);
    }

    /// <summary>
    /// "spectralfit" when the file starts with the project's header, "borexino-phase3" when it starts with the header of
    /// Borexino's Phase-III file, else <paramref name="fallback"/> (Borexino's Phase-II file has no header).
    /// </summary>
    public static DatasetFormat Detect(string path, DatasetFormat fallback) => DetectByHeader(path) ?? fallback;

    /// <summary>The format a file's header names: the project's or Borexino's Phase-III; null for a file without one.</summary>
    public static DatasetFormat? DetectByHeader(string path) =>
        HasProjectHeader(path) ? DatasetFormat.SpectralFit : Phase3SpectrumReader.HasHeader(path) ? DatasetFormat.BorexinoPhase3 : null;

    /// <summary>True when the first non-blank line of the file is the project's "# spectralfit-dataset" header.</summary>
    public static bool HasProjectHeader(string path)
    {
        foreach (string line in File.ReadLines(path))
        {
            string t = line.Trim();
            if (t.Length == 0)
                continue;
            return t.Contains(BinnedDatasetFile.FormatKey, StringComparison.Ordinal);
        }
        throw new UserInputException($"{path}: the data file is empty");
    }

    /// <summary>
    /// The estimators a data file provides: its sections' names for the project's format; N_h for
    /// Borexino's published spectra (Phase2SpectrumReader, Phase3SpectrumReader).
    /// </summary>
    public static IReadOnlyList<string> Estimators(string path, DatasetFormat format) =>
        format == DatasetFormat.SpectralFit
            ? [.. BinnedDatasetFile.ReadAll(path).Select(d => d.Estimator)]
            : [EnergyEstimatorNames.Name(EnergyEstimator.Nh)];

    /// <summary>True when one of the <paramref name="sections"/> (estimator names of a file) is <paramref name="estimator"/>.</summary>
    public static bool HasSection(IReadOnlyList<string> sections, EnergyEstimator estimator) => FindSection(sections, estimator) >= 0;

    private static BinnedDataset ReadSection(string path, EnergyEstimator estimator)
    {
        var all = BinnedDatasetFile.ReadAll(path);
        int index = FindSection([.. all.Select(d => d.Estimator)], estimator);
        if (index >= 0)
            return all[index];
        throw new UserInputException(
            $"{path}: no section for estimator '{EnergyEstimatorNames.Name(estimator)}' (the file has: {string.Join(", ", all.Select(d => d.Estimator))}); set estimator to one of those");
    }

    /// <summary>Index of the section of <paramref name="estimator"/> (a lone section may spell it without '_'), or -1.</summary>
    private static int FindSection(IReadOnlyList<string> sections, EnergyEstimator estimator)
    {
        string name = EnergyEstimatorNames.Name(estimator);
        for (int i = 0; i < sections.Count; i++)
        {
            if (string.Equals(sections[i], name, StringComparison.OrdinalIgnoreCase) ||
                string.Equals(sections[i], estimator.ToString(), StringComparison.OrdinalIgnoreCase))
                return i;
        }
        if (sections.Count == 1 && string.Equals(sections[0].Replace("_", ""), name.Replace("_", ""), StringComparison.OrdinalIgnoreCase))
            return 0;
        return -1;
    }

    /// <summary>Merges <paramref name="factor"/> adjacent bins; a remainder at the top is dropped.</summary>
    public static BinnedDataset Rebin(BinnedDataset data, int factor)
    {
        int n = data.Count / factor;
        if (n == 0)
            throw new UserInputException($"{data.Source}: dataset:rebin = {factor} exceeds the {data.Count} bins in the fit window");
        var edges = new double[n + 1];
        var counts = new double[n];
        for (int i = 0; i < n; i++)
        {
            edges[i] = data.Low(i * factor);
            for (int k = 0; k < factor; k++)
                counts[i] += data.Counts[i * factor + k];
        }
        edges[n] = data.High(n * factor - 1);
        return new BinnedDataset(data.Estimator, edges, counts, data.Exposure, data.Metadata, data.Source);
    }
}
