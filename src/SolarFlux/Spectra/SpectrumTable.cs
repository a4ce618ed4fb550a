using System.Globalization;
using SolarFlux.Common;

namespace SolarFlux.Spectra;

/// <summary>
/// Reads a user-supplied neutrino spectrum: text lines "E, density[, more columns]" (commas, tabs or spaces),
/// E in MeV, the density in any scale (it is normalized). Blank lines and lines starting with '#' are skipped;
/// one header line of column names is allowed before the data. Columns after the second are ignored
/// (e.g. the uncertainty column of Winter et al.'s 8B table).
/// </summary>
public static class SpectrumTable
{
    private static readonly char[] Separators = [',', ';', ' ', '\t'];

    /// <summary>Loads and normalizes the table. Any problem is a <see cref="UserInputException"/> naming path:line.</summary>
    public static TabulatedSpectrum Load(string path)
    {
        if (!File.Exists(path))
            throw new UserInputException($"{path}: spectrum file not found");
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserInputException($"{path}: cannot read spectrum file ({e.Message})", e);
        }

        var energies = new List<double>();
        var densities = new List<double>();
        bool headerAllowed = true;
        for (int n = 0; n < lines.Length; n++)
        {
            int lineNumber = n + 1;
            string line = lines[n].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            string[] fields = line.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            bool firstIsNumber = fields.Length > 0 && TryParse(fields[0], out _);
            if (!firstIsNumber && headerAllowed && energies.Count == 0)
            {
                headerAllowed = false;   // a line of column names
                continue;
            }
            if (fields.Length < 2)
                throw UserInputException.InFile(path, lineNumber, $"expected 'energy, density', got '{line}'");
            if (!TryParse(fields[0], out double e) || !TryParse(fields[1], out double d))
                throw UserInputException.InFile(path, lineNumber, $"expected two numbers 'energy, density', got '{line}'");
            if (!double.IsFinite(e) || e < 0)
                throw UserInputException.InFile(path, lineNumber, $"energy must be finite and >= 0 MeV, got {fields[0]}");
            if (!double.IsFinite(d) || d < 0)
                throw UserInputException.InFile(path, lineNumber, $"density must be finite and >= 0, got {fields[1]}");
            if (energies.Count > 0 && !(e > energies[^1]))
                throw UserInputException.InFile(path, lineNumber, $"energies must increase strictly (E = {e} follows E = {energies[^1]})");
            energies.Add(e);
            densities.Add(d);
        }

        if (energies.Count < 2)
            throw new UserInputException($"{path}: a spectrum needs at least two data lines 'energy, density', found {energies.Count}");
        if (densities.All(d => d == 0))
            throw new UserInputException($"{path}: the spectrum is empty (all densities are zero)");
        return new TabulatedSpectrum(energies, densities, path);
    }

    private static bool TryParse(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
}
