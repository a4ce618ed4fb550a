using SolarFlux.Common;

namespace DetectorResponse.Data;

/// <summary>
/// Borexino's own best-fit curves on the Phase-II TFC-subtracted spectrum, per 1-N_h bin, as digitized from Fig. 6a
/// of arXiv:1707.09279 (Borexino, PRD 100, 082004 (2019); a table in the reference data, phase2_fig6a_components.csv).
/// Comma-separated, '#' comments, a header row "N_h,energy_keV,data,error,total,&lt;component&gt;...", then one row per
/// N_h with values in counts/(day x 100 t x N_h). <see cref="Curve"/> returns events per bin (x 582.33 day x 100 t,
/// the exposure of the spectrum, <see cref="Phase2SpectrumReader.Exposure"/>).
/// </summary>
public sealed class Phase2ComponentCurves
{
    /// <summary>Columns that are not fitted components.</summary>
    public static readonly string[] NonComponentColumns = ["energy_keV", "data", "error", "total"];

    private readonly Dictionary<string, double[]> _columns;

    private Phase2ComponentCurves(string source, int[] nh, Dictionary<string, double[]> columns, IReadOnlyList<string> components)
    {
        Source = source;
        Nh = nh;
        _columns = columns;
        Components = components;
    }

    public string Source { get; }

    /// <summary>N_h of each row, consecutive.</summary>
    public IReadOnlyList<int> Nh { get; }

    /// <summary>The component columns in file order (e.g. C14, pileup, Po210, Kr85, Bi210, C11, ext, solar).</summary>
    public IReadOnlyList<string> Components { get; }

    /// <summary>A column (a component, or "total" / "data") in events per N_h bin.</summary>
    public IReadOnlyList<double> Curve(string column) =>
        _columns.TryGetValue(column, out var v) && column != "energy_keV"
            ? v
            : throw new UserInputException($"{Source}: no column '{column}' (has {string.Join(", ", _columns.Keys)})");

    public static Phase2ComponentCurves Read(string path)
    {
        string[] lines = PublishedTable.ReadLines(path);
        string[]? header = null;
        var nh = new List<int>();
        var rows = new List<double[]>();
        for (int i = 0; i < lines.Length; i++)
        {
            int lineNo = i + 1;
            string line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            string[] f = line.Split(',', StringSplitOptions.TrimEntries);
            if (header is null)
            {
                if (f.Length < 3 || f[0] != "N_h")
                    throw UserInputException.InFile(path, lineNo, "expected the header row 'N_h,energy_keV,data,...' of Borexino's Fig. 6a curves");
                header = f;
                continue;
            }
            if (f.Length != header.Length)
                throw UserInputException.InFile(path, lineNo, $"expected {header.Length} comma-separated values like the header, got {f.Length}");
            var v = new double[f.Length];
            for (int k = 0; k < f.Length; k++)
            {
                v[k] = PublishedTable.Number(path, lineNo, f[k]);
                if (k > 0 && !(v[k] >= 0) && header[k] != "energy_keV")
                    throw UserInputException.InFile(path, lineNo, $"{header[k]} = {f[k]}: expected a rate >= 0");
            }
            int n = PublishedTable.Integer(path, lineNo, v[0], "N_h");
            if (nh.Count > 0 && n != nh[^1] + 1)
                throw UserInputException.InFile(path, lineNo, $"N_h {n} does not follow N_h {nh[^1]}");
            nh.Add(n);
            rows.Add(v);
        }
        if (header is null || rows.Count == 0)
            throw new UserInputException($"{path}: no header or no rows; expected Borexino's Fig. 6a curves (N_h,energy_keV,data,...)");
        var columns = new Dictionary<string, double[]>();
        for (int k = 1; k < header.Length; k++)
        {
            double scale = header[k] == "energy_keV" ? 1.0 : Phase2SpectrumReader.Exposure;
            columns[header[k]] = [.. rows.Select(r => r[k] * scale)];
        }
        var components = header.Skip(1).Where(h => !NonComponentColumns.Contains(h)).ToArray();
        return new Phase2ComponentCurves(path, [.. nh], columns, components);
    }
}
