using System.Globalization;
using DetectorResponse.Spectra;
using SolarFlux.Common;

namespace DetectorResponse.Templates;

/// <summary>
/// Reads a component template given as a histogram: rows "E_lo E_hi density [error]" separated by
/// commas, tabs or spaces (the format of Borexino's open-data Monte Carlo shapes,
/// phase3/*_pdfkeV__N.txt: keV, keV, cpd/100t/keV, error). Lines starting with '#' and blank lines are
/// comments. Bins must be sorted and must not overlap; a gap between bins is a bin of zero density.
/// The result is an <see cref="EnergyHistogram"/> whose content is density x width (e.g. cpd/100t per
/// bin) on the file's energy axis.
/// </summary>
public static class TemplateFile
{
    public static EnergyHistogram Load(string path)
    {
        if (!File.Exists(path))
            throw new UserInputException($"{path}: template file not found");
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserInputException($"{path}: cannot read the template ({e.Message})", e);
        }

        var edges = new List<double>();
        var contents = new List<double>();
        for (int i = 0; i < lines.Length; i++)
        {
            int lineNo = i + 1;
            string line = lines[i].Trim();
            if (line.Length == 0 || line[0] == '#')
                continue;
            string[] f = line.Split([',', '\t', ' '], StringSplitOptions.RemoveEmptyEntries);
            if (f.Length is < 3 or > 4)
                throw UserInputException.InFile(path, lineNo, $"expected 'E_lo E_hi density [error]', got {f.Length} fields");
            double lo = Number(path, lineNo, f[0], "E_lo");
            double hi = Number(path, lineNo, f[1], "E_hi");
            double density = Number(path, lineNo, f[2], "density");
            if (!(hi > lo))
                throw UserInputException.InFile(path, lineNo, $"E_hi {hi} must exceed E_lo {lo}");
            if (density < 0)
                throw UserInputException.InFile(path, lineNo, $"density must be >= 0, got {density}");
            if (edges.Count == 0)
                edges.Add(lo);
            else if (lo < edges[^1])
                throw UserInputException.InFile(path, lineNo, $"bins are unsorted or overlap: E_lo {lo} is below the previous E_hi {edges[^1]}");
            else if (lo > edges[^1])
            {
                contents.Add(0); // a gap: zero density
                edges.Add(lo);
            }
            edges.Add(hi);
            contents.Add(density * (hi - lo));
        }
        if (contents.Count == 0)
            throw new UserInputException($"{path}: empty template (no 'E_lo E_hi density' rows)");
        if (contents.Sum() <= 0)
            throw new UserInputException($"{path}: empty template (all densities are zero)");
        return new EnergyHistogram(edges, contents, path);
    }

    private static double Number(string path, int lineNo, string text, string what)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double x) || !double.IsFinite(x))
            throw UserInputException.InFile(path, lineNo, $"{what}: '{text}' is not a finite number");
        return x;
    }
}
