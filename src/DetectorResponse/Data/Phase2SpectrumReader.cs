using SolarFlux.Common;

namespace DetectorResponse.Data;

/// <summary>
/// Reads the Borexino Phase-II TFC-subtracted spectrum (source data of Fig. 2a, Borexino Collaboration,
/// Nature 562, 505 (2018)). Tab-separated columns: index, N_h, E [keV], bin width [keV],
/// rate [counts/(day x 100 t x N_h)], error (same unit), residual. Some rows carry empty fields
/// (doubled tabs); they are skipped. The first row (N_h 92) is corrupt and is dropped.
/// Every row is one N_h (bin width 1 in N_h; the width column is the keV width of that bin), so
/// counts = rate x 582.33; the products are integers to within the 6 printed digits and are rounded.
/// Bins are [N_h - 1, N_h): the file's N_h labels the upper edge of a unit bin of the normalized hit count
/// (2000 x hits / live PMTs, not an integer). Evidence: the spectrum's aliasing structure (bins ending at 2000/q for
/// small q, e.g. 125, 200, 250, 400, are short of events, the next ones have extra; PmtNormalizationAliasing) matches
/// this convention (correlation 0.74 with the structure of Borexino's own Monte Carlo fit curve, against -0.62 for
/// [N_h, N_h + 1) and 0.01 for [N_h - 0.5, N_h + 0.5)). Result: N_h 93-950, 858 bins on [92, 950), 220,064 events.
/// </summary>
public static class Phase2SpectrumReader
{
    /// <summary>
    /// Exposure of the TFC-subtracted Phase-II spectrum [day x 100 t]: 1291.51 d x 71.3 t x 63.25%
    /// (Borexino, Nature 562, 505 (2018), source data of Fig. 2a).
    /// </summary>
    public const double Exposure = 582.33;

    /// <summary>N_h of the corrupt first row, which is dropped.</summary>
    public const int CorruptFirstNh = 92;

    public const string EstimatorName = "Nh";

    /// <summary>The spectrum as a dataset in N_h (bin [N_h - 1, N_h) per row), exposure 582.33 day x 100 t.</summary>
    public static BinnedDataset Read(string path)
    {
        var rows = ReadRows(path);
        var edges = new double[rows.Count + 1];
        var counts = new double[rows.Count];
        for (int i = 0; i < rows.Count; i++)
        {
            edges[i] = rows[i].Nh - 1;
            counts[i] = rows[i].Counts;
        }
        edges[^1] = rows[^1].Nh;
        return new BinnedDataset(EstimatorName, edges, counts, Exposure,
        [
            new("source", "Borexino Phase-II TFC-subtracted spectrum, Nature 562, 505 (2018), Fig. 2a source data"),
            new("description", "counts = rate x 582.33 day x 100 t; first row (N_h 92) dropped"),
        ], path);
    }

    /// <summary>The rows (without the corrupt first one), counts and errors converted to events.</summary>
    public static IReadOnlyList<PublishedSpectrumRow> ReadRows(string path)
    {
        string[] lines = PublishedTable.ReadLines(path);
        var rows = new List<PublishedSpectrumRow>();
        for (int i = 0; i < lines.Length; i++)
        {
            int lineNo = i + 1;
            if (string.IsNullOrWhiteSpace(lines[i]))
                continue;
            string[] f = lines[i].Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (f.Length != 7)
                throw UserInputException.InFile(path, lineNo, $"expected 7 tab-separated values (index, N_h, E, width, rate, error, residual) of Borexino's Phase-II spectrum, got {f.Length}" +
                    (Phase3SpectrumReader.HasHeader(path) ? "; this is Borexino's Phase-III spectrum: read it as borexino-phase3 (--data-format or dataset:format)" : ""));
            double[] v = new double[7];
            for (int k = 0; k < 7; k++)
                v[k] = PublishedTable.Number(path, lineNo, f[k], k == 6);
            int nh = PublishedTable.Integer(path, lineNo, v[1], "N_h");
            if (rows.Count == 0 && nh == CorruptFirstNh)
                continue;
            double exact = v[4] * Exposure;
            double counts = Math.Round(exact);
            if (v[4] < 0 || Math.Abs(exact - counts) > Math.Max(0.2, 2e-5 * exact))
                throw UserInputException.InFile(path, lineNo, $"rate {f[4]} x {Exposure} = {exact} is not a non-negative whole number of events");
            if (rows.Count > 0 && nh != rows[^1].Nh + 1)
                throw UserInputException.InFile(path, lineNo, $"N_h {nh} does not follow N_h {rows[^1].Nh}");
            rows.Add(new PublishedSpectrumRow(nh, v[2], v[3], counts, v[5] * Exposure, v[6]));
        }
        if (rows.Count == 0)
            throw new UserInputException($"{path}: no spectrum rows");
        return rows;
    }
}
