using System.Globalization;
using SolarFlux.Common;

namespace SolarFlux.Solar;

/// <summary>
/// Reader of a B16 "nudistr" table (Vinyoles et al. 2017): '#' comment lines, then one line per zone with
/// 12 columns: r [R_sun], T [1e6 K], log10(n_e [N_A cm^-3]), mass, and the production of pp, pep, hep,
/// 7Be, 8B, 13N, 15O, 17F in the zone (per zone or per unit radius: only the relative values are used).
/// </summary>
internal sealed class NudistrTable
{
    public const int Columns = 12;
    private const int FirstSpeciesColumn = 4;

    private NudistrTable(double[] radius, double[] electronDensity, double[][] production)
    {
        Radius = radius;
        ElectronDensity = electronDensity;
        Production = production;
    }

    /// <summary>Zone radii [R_sun], strictly increasing.</summary>
    public double[] Radius { get; }

    /// <summary>n_e [N_A cm^-3] per zone.</summary>
    public double[] ElectronDensity { get; }

    /// <summary>Production per zone, indexed [species][zone] (not normalized).</summary>
    public double[][] Production { get; }

    public static NudistrTable Read(string path)
    {
        if (!File.Exists(path))
            throw new UserInputException($"solar table '{path}': file not found");
        var radius = new List<double>();
        var ne = new List<double>();
        var production = Enumerable.Range(0, SpeciesNames.All.Count).Select(_ => new List<double>()).ToArray();
        int lineNumber = 0;
        foreach (string raw in File.ReadLines(path))
        {
            lineNumber++;
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            string[] fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length != Columns)
                throw UserInputException.InFile(path, lineNumber,
                    $"expected {Columns} columns (r, T, log10 n_e, mass, 8 species fractions), got {fields.Length}");
            var values = new double[Columns];
            for (int i = 0; i < Columns; i++)
            {
                if (!double.TryParse(fields[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i])
                    || !double.IsFinite(values[i]))
                    throw UserInputException.InFile(path, lineNumber, $"column {i + 1}: expected a finite number, got '{fields[i]}'");
            }
            double r = values[0];
            if (r < 0 || r > 1)
                throw UserInputException.InFile(path, lineNumber, $"radius {r}: expected 0 <= r <= 1 (units of R_sun)");
            if (radius.Count > 0 && r <= radius[^1])
                throw UserInputException.InFile(path, lineNumber, $"radius {r}: expected radii increasing (previous {radius[^1]})");
            for (int k = 0; k < production.Length; k++)
            {
                double f = values[FirstSpeciesColumn + k];
                if (f < 0)
                    throw UserInputException.InFile(path, lineNumber,
                        $"column {FirstSpeciesColumn + k + 1} ({SpeciesNames.ToName((NeutrinoSpecies)k)}): expected a fraction >= 0, got {f}");
                production[k].Add(f);
            }
            radius.Add(r);
            ne.Add(Math.Pow(10, values[2]));
        }
        if (radius.Count < 2)
            throw new UserInputException($"solar table '{path}': expected at least 2 zones, found {radius.Count}");
        for (int k = 0; k < production.Length; k++)
        {
            if (production[k].Sum() <= 0)
                throw new UserInputException(
                    $"solar table '{path}': column {FirstSpeciesColumn + k + 1} ({SpeciesNames.ToName((NeutrinoSpecies)k)}) has no production");
        }
        return new NudistrTable(radius.ToArray(), ne.ToArray(), production.Select(p => p.ToArray()).ToArray());
    }
}
