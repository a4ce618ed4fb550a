using System.Globalization;
using System.Text;
using SolarFlux.Common;

namespace DetectorResponse.Data;

/// <summary>
/// The project's text format for binned datasets (documented in samples/README.md):
/// <code>
/// # spectralfit-dataset: 1
/// # source: simulate configs/simulate-phase2.json seed 1     (file-level metadata, all sections)
/// # estimator: Nh                                           (starts a section)
/// # exposure: 582.33                                        (day x 100 t, required per section)
/// # description: ...                                        (section metadata)
/// 92.5 93.5 9565                                            (low high counts)
/// ...
/// # estimator: NpmtsDt1
/// ...
/// </code>
/// Lines "# key: value" (key one word) are metadata, other lines starting with '#' and blank lines
/// are comments. Bins of a section must be contiguous and increasing. Errors name file:line.
/// </summary>
public static class BinnedDatasetFile
{
    public const string FormatKey = "spectralfit-dataset";

    /// <summary>Reads every section of the file, in file order.</summary>
    public static IReadOnlyList<BinnedDataset> ReadAll(string path)
    {
        string[] lines = ReadLines(path);
        var fileMeta = new List<KeyValuePair<string, string>>();
        var result = new List<BinnedDataset>();
        Section? current = null;
        for (int i = 0; i < lines.Length; i++)
        {
            int lineNo = i + 1;
            string line = lines[i].Trim();
            if (line.Length == 0)
                continue;
            if (line[0] == '#')
            {
                if (!TryMetadata(line, out string key, out string value))
                    continue;
                if (key == "estimator")
                {
                    if (current is not null)
                        result.Add(current.Build(path));
                    current = new Section(value, lineNo, fileMeta);
                }
                else if (key == "exposure")
                {
                    if (current is null)
                        throw UserInputException.InFile(path, lineNo, "'exposure' must follow an '# estimator:' line");
                    current.Exposure = ParseNumber(path, lineNo, value, "exposure");
                    current.ExposureLine = lineNo;
                }
                else if (key == FormatKey)
                {
                    if (value != "1")
                        throw UserInputException.InFile(path, lineNo, $"unsupported dataset format version '{value}' (expected 1)");
                }
                else if (current is null)
                    fileMeta.Add(new(key, value));
                else
                    current.Metadata.Add(new(key, value));
                continue;
            }

            if (current is null)
                throw UserInputException.InFile(path, lineNo, "bin row before any '# estimator: NAME' line");
            current.AddRow(path, lineNo, line);
        }
        if (current is not null)
            result.Add(current.Build(path));
        if (result.Count == 0)
            throw new UserInputException($"{path}: empty dataset (no '# estimator:' section with bins)");
        return result;
    }

    /// <summary>Reads the section of the given estimator.</summary>
    public static BinnedDataset Read(string path, string estimator)
    {
        var all = ReadAll(path);
        foreach (var d in all)
            if (string.Equals(d.Estimator, estimator, StringComparison.OrdinalIgnoreCase))
                return d;
        throw new UserInputException(
            $"{path}: no section for estimator '{estimator}' (the file has: {string.Join(", ", all.Select(d => d.Estimator))})");
    }

    /// <summary>Reads a file that must hold exactly one section.</summary>
    public static BinnedDataset Read(string path)
    {
        var all = ReadAll(path);
        if (all.Count != 1)
            throw new UserInputException(
                $"{path}: holds {all.Count} estimators ({string.Join(", ", all.Select(d => d.Estimator))}); name the one to use");
        return all[0];
    }

    /// <summary>The text of a file with the given sections and file-level metadata (round-trip exact).</summary>
    public static string Format(IReadOnlyList<BinnedDataset> sections, IEnumerable<KeyValuePair<string, string>>? fileMetadata = null)
    {
        if (sections.Count == 0)
            throw new ArgumentException("at least one section is needed", nameof(sections));
        var sb = new StringBuilder();
        sb.Append("# ").Append(FormatKey).Append(": 1\n");
        foreach (var (k, v) in fileMetadata ?? [])
            sb.Append("# ").Append(k).Append(": ").Append(v).Append('\n');
        foreach (var d in sections)
        {
            sb.Append("# estimator: ").Append(d.Estimator).Append('\n');
            sb.Append("# exposure: ").Append(R(d.Exposure)).Append('\n');
            foreach (var (k, v) in d.Metadata)
                sb.Append("# ").Append(k).Append(": ").Append(v).Append('\n');
            sb.Append("# low high counts\n");
            for (int b = 0; b < d.Count; b++)
                sb.Append(R(d.Low(b))).Append(' ').Append(R(d.High(b))).Append(' ').Append(R(d.Counts[b])).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>Writes the sections atomically (all or nothing).</summary>
    public static void Write(string path, IReadOnlyList<BinnedDataset> sections, IEnumerable<KeyValuePair<string, string>>? fileMetadata = null) =>
        AtomicFile.WriteAllText(path, Format(sections, fileMetadata));

    private static string R(double x) => x.ToString("R", CultureInfo.InvariantCulture);

    private static string[] ReadLines(string path)
    {
        if (!File.Exists(path))
            throw new UserInputException($"{path}: dataset file not found");
        try
        {
            return File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserInputException($"{path}: cannot read the dataset ({e.Message})", e);
        }
    }

    private static bool TryMetadata(string line, out string key, out string value)
    {
        key = value = "";
        string body = line.TrimStart('#').Trim();
        int colon = body.IndexOf(':');
        if (colon <= 0)
            return false;
        string k = body[..colon].Trim();
        if (k.Length == 0 || k.Any(char.IsWhiteSpace))
            return false;
        key = k;
        value = body[(colon + 1)..].Trim();
        return true;
    }

    internal static double ParseNumber(string path, int lineNo, string text, string what)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double x))
            throw UserInputException.InFile(path, lineNo, $"{what}: '{text}' is not a finite number");
        if (!double.IsFinite(x))
            throw UserInputException.InFile(path, lineNo, $"{what}: expected a finite number, got '{text}'");
        return x;
    }

    private sealed class Section(string estimator, int line, List<KeyValuePair<string, string>> fileMeta)
    {
        private readonly List<double> _edges = [];
        private readonly List<double> _counts = [];
        public double Exposure = double.NaN;
        public int ExposureLine;
        public readonly List<KeyValuePair<string, string>> Metadata = [.. fileMeta];

        public void AddRow(string path, int lineNo, string text)
        {
            string[] f = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (f.Length != 3)
                throw UserInputException.InFile(path, lineNo, $"expected 'low high counts', got {f.Length} fields");
            double lo = ParseNumber(path, lineNo, f[0], "low edge");
            double hi = ParseNumber(path, lineNo, f[1], "high edge");
            double n = ParseNumber(path, lineNo, f[2], "counts");
            if (!(hi > lo))
                throw UserInputException.InFile(path, lineNo, $"high edge {hi} must exceed low edge {lo}");
            if (n < 0)
                throw UserInputException.InFile(path, lineNo, $"counts must be >= 0, got {n}");
            if (_edges.Count > 0)
            {
                double prev = _edges[^1];
                if (lo < prev)
                    throw UserInputException.InFile(path, lineNo, $"bins are unsorted or overlap: low edge {lo} is below the previous high edge {prev}");
                if (lo > prev)
                    throw UserInputException.InFile(path, lineNo, $"gap between bins: low edge {lo} does not continue the previous high edge {prev}");
                _edges.Add(hi);
            }
            else
            {
                _edges.Add(lo);
                _edges.Add(hi);
            }
            _counts.Add(n);
        }

        public BinnedDataset Build(string path)
        {
            if (_counts.Count == 0)
                throw UserInputException.InFile(path, line, $"section '{estimator}' has no bins");
            if (double.IsNaN(Exposure))
                throw UserInputException.InFile(path, line, $"section '{estimator}' has no '# exposure: DAYS_X_100T' line");
            if (Exposure <= 0)
                throw UserInputException.InFile(path, ExposureLine, $"exposure must be > 0 day x 100 t, got {Exposure}");
            return new BinnedDataset(estimator, _edges, _counts, Exposure, Metadata, $"{path}:{line}");
        }
    }
}
