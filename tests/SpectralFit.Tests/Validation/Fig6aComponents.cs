using System.Globalization;
using DetectorResponse.Data;

namespace SpectralFit.Tests.Validation;

/// <summary>
/// Borexino's own best-fit curves on the Phase-II TFC-subtracted spectrum, read by path from
/// ../shared/data/borexino/phase2_fig6a_components.csv (Fig. 6a of arXiv:1707.09279, Borexino PRD 100,
/// 082004 (2019); columns N_h, keV, data, error, total, C14, pileup, Po210, Kr85, Bi210, C11, ext, solar,
/// per 1-N_h bin in counts/(day x 100 t x N_h)). Curves are returned in events (x 582.33 day x 100 t).
/// Test-side reader: the table is reference material, never part of the project.
/// </summary>
internal sealed class Fig6aComponents
{
    public static readonly string[] ComponentNames = ["C14", "pileup", "Po210", "Kr85", "Bi210", "C11", "ext", "solar"];

    private readonly Dictionary<string, double[]> _columns;

    private Fig6aComponents(int[] nh, Dictionary<string, double[]> columns)
    {
        Nh = nh;
        _columns = columns;
    }

    /// <summary>N_h of each row (93-950).</summary>
    public int[] Nh { get; }

    /// <summary>A column in events per N_h bin (rate x 582.33), or the keV column as printed.</summary>
    public double[] this[string column] => _columns[column];

    public static Fig6aComponents Read(string path)
    {
        string[]? header = null;
        var nh = new List<int>();
        var values = new List<double[]>();
        foreach (string raw in File.ReadLines(path))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            string[] f = line.Split(',');
            if (header is null)
            {
                header = f;
                continue;
            }
            if (f.Length != header.Length)
                throw new FormatException($"{path}: row '{line}' has {f.Length} fields, header has {header.Length}");
            nh.Add(int.Parse(f[0], CultureInfo.InvariantCulture));
            values.Add([.. f.Select(s => double.Parse(s, CultureInfo.InvariantCulture))]);
        }
        if (header is null)
            throw new FormatException($"{path}: no header");
        var columns = new Dictionary<string, double[]>();
        for (int k = 1; k < header.Length; k++)
        {
            double scale = header[k] == "energy_keV" ? 1.0 : Phase2SpectrumReader.Exposure;
            columns[header[k]] = [.. values.Select(v => v[k] * scale)];
        }
        return new Fig6aComponents([.. nh], columns);
    }
}
