using SolarFlux.Common;

namespace DetectorResponse.Data;

/// <summary>
/// Reads the Borexino Phase-III CNO-analysis subtracted spectrum (open data of PRL 129, 252701 (2022),
/// PRL2022_SubtractedSpectrumFit_Data.txt). Two header lines, then fixed-width rows of 12-character
/// columns: index, N_h, E [keV], width [keV], content [events], error, residual.
/// <list type="bullet">
/// <item>The columns are split at the 12-character boundaries, not at whitespace: in row 730 the error
///   and a negative residual touch ("2.82843-0.000936334") and are separated correctly this way.</item>
/// <item>Residuals printed as -inf (five empty bins, where content = error = 0 and (data - fit)/error is
///   undefined) are kept as NaN in <see cref="PublishedSpectrumRow.Residual"/>; counts are unaffected.</item>
/// <item>The header says "Events/[5N_h]" but the rows step by one N_h and error = sqrt(content): the
///   content is read as events per 1-N_h bin.</item>
/// <item>The file does not state its exposure: the caller gives it.</item>
/// </list>
/// Result: N_h 137-953, 817 bins, 53,765 events.
/// </summary>
public static class Phase3SpectrumReader
{
    public const int ColumnWidth = 12;
    public const int HeaderLines = 2;
    public const string EstimatorName = "Nh";

    /// <summary>How the file's first header line begins ("Bin Content and Error unit: (Events/[5N_h])").</summary>
    public const string HeaderStart = "Bin Content and Error unit";

    /// <summary>True when the first non-blank line is the Phase-III file's header (format detection).</summary>
    public static bool HasHeader(string path) =>
        File.ReadLines(path).FirstOrDefault(l => !string.IsNullOrWhiteSpace(l))?.TrimStart().StartsWith(HeaderStart, StringComparison.Ordinal) == true;

    /// <summary>The spectrum as a dataset in N_h (edges N_h +- 0.5) with the exposure the caller states.</summary>
    public static BinnedDataset Read(string path, double exposure)
    {
        var rows = ReadRows(path);
        var edges = new double[rows.Count + 1];
        var counts = new double[rows.Count];
        for (int i = 0; i < rows.Count; i++)
        {
            edges[i] = rows[i].Nh - 0.5;
            counts[i] = rows[i].Counts;
        }
        edges[^1] = rows[^1].Nh + 0.5;
        return new BinnedDataset(EstimatorName, edges, counts, exposure,
        [
            new("source", "Borexino Phase-III subtracted spectrum, PRL 129, 252701 (2022) open data"),
            new("description", "content per 1-N_h bin; exposure stated by the caller"),
        ], path);
    }

    public static IReadOnlyList<PublishedSpectrumRow> ReadRows(string path)
    {
        string[] lines = PublishedTable.ReadLines(path);
        var rows = new List<PublishedSpectrumRow>();
        for (int i = HeaderLines; i < lines.Length; i++)
        {
            int lineNo = i + 1;
            string line = lines[i].TrimEnd();
            if (line.Length == 0)
                continue;
            if (line.Length <= 6 * ColumnWidth)
                throw UserInputException.InFile(path, lineNo, $"expected 7 fixed-width columns of {ColumnWidth} characters, the line has {line.Length} characters");
            double[] v = new double[7];
            for (int k = 0; k < 7; k++)
            {
                string field = k < 6 ? line.Substring(k * ColumnWidth, ColumnWidth) : line[(6 * ColumnWidth)..];
                v[k] = PublishedTable.Number(path, lineNo, field, k == 6);
            }
            int nh = PublishedTable.Integer(path, lineNo, v[1], "N_h");
            if (v[4] < 0)
                throw UserInputException.InFile(path, lineNo, $"content must be >= 0, got {v[4]}");
            if (rows.Count > 0 && nh != rows[^1].Nh + 1)
                throw UserInputException.InFile(path, lineNo, $"N_h {nh} does not follow N_h {rows[^1].Nh}");
            rows.Add(new PublishedSpectrumRow(nh, v[2], v[3], v[4], v[5], v[6]));
        }
        if (rows.Count == 0)
            throw new UserInputException($"{path}: no spectrum rows");
        return rows;
    }
}
