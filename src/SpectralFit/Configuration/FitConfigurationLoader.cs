using System.Text.Json;
using Microsoft.Extensions.Configuration;
using SolarFlux.Common;

namespace SpectralFit.Configuration;

/// <summary>
/// Loads a fit configuration: the JSON file, then <c>--set key:path=value</c> overrides (each must name
/// a key of the schema), then the two validation stages (structure, then meaning).
/// </summary>
public static class FitConfigurationLoader
{
    /// <param name="path">The JSON config file.</param>
    /// <param name="overrides">Texts "key:path=value" as given to --set.</param>
    /// <exception cref="UserInputException">Any mistake; the message names the file or option and the key path.</exception>
    public static FitConfiguration Load(string path, IEnumerable<string>? overrides = null) =>
        Load(path, (overrides ?? []).Select(ConfigOverride.Parse).ToList());

    public static FitConfiguration Load(string path, IReadOnlyList<ConfigOverride> overrides)
    {
        string full = Path.GetFullPath(path);
        if (!File.Exists(full))
            throw new UserInputException($"{path}: config file not found");
        foreach (var o in overrides)
            CheckOverride(o, "--set");

        IConfigurationRoot fromFile;
        try
        {
            fromFile = new ConfigurationBuilder()
                .SetBasePath(Path.GetDirectoryName(full)!)
                .AddJsonFile(Path.GetFileName(full), optional: false, reloadOnChange: false)
                .Build();
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or JsonException)
        {
            throw JsonError(path, e);
        }

        var values = fromFile.AsEnumerable()
            .Concat(overrides.Select(o => new KeyValuePair<string, string?>(o.Key, o.Value)))
            .ToList();
        var snapshot = new ConfigurationSnapshot(path, Path.GetDirectoryName(full)!, overrides.ToList().AsReadOnly(), values.AsReadOnly());
        return Build(snapshot);
    }

    /// <summary>Validates and builds a configuration from a snapshot (e.g. one variant of the systematics).</summary>
    public static FitConfiguration Build(ConfigurationSnapshot snapshot)
    {
        // Later values win (file, then --set, then systematics choices); keys are case-insensitive.
        var merged = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in snapshot.Values)
            merged[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(merged).Build();
        try
        {
            StructureValidator.Validate(configuration, snapshot.SourcePath);
            return FitConfigurationReader.Read(configuration, snapshot);
        }
        catch (UserInputException e) when (BlameOverride(e, snapshot, merged) is { } blamed)
        {
            throw blamed;
        }
    }

    /// <summary>
    /// "FILE: key: problem" about a value that came from --set becomes "--set key=value: problem", so the message
    /// names what the user typed rather than the file.
    /// </summary>
    private static UserInputException? BlameOverride(UserInputException e, ConfigurationSnapshot snapshot, Dictionary<string, string?> merged)
    {
        foreach (var o in snapshot.Overrides.Reverse())
        {
            string prefix = $"{snapshot.SourcePath}: {o.Key}: ";
            if (e.Message.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && merged.GetValueOrDefault(o.Key) == o.Value)
                return new UserInputException($"--set {o}: {e.Message[prefix.Length..]}", e);
        }
        return null;
    }

    /// <summary>Throws unless the override names a value key of the schema.</summary>
    public static void CheckOverride(ConfigOverride o, string origin)
    {
        var (_, error) = SchemaPath.Resolve(o.Key);
        if (error is not null)
            throw new UserInputException($"{origin} {o}: {error}");
    }

    /// <summary>"file:line: not valid JSON (...)" from the parser's message (its line numbers count from 0).</summary>
    private static UserInputException JsonError(string path, Exception e)
    {
        string message = FirstLine(e);
        var m = System.Text.RegularExpressions.Regex.Match(message, @"^(.*?)\s*LineNumber: (\d+) \| BytePositionInLine: (\d+)\.?$");
        if (!m.Success)
            return new UserInputException($"{path}: not a valid JSON configuration ({message})", e);
        int line = int.Parse(m.Groups[2].Value) + 1, column = int.Parse(m.Groups[3].Value) + 1;
        return new UserInputException($"{path}:{line}: not a valid JSON configuration: {m.Groups[1].Value} (column {column})", e);
    }

    /// <summary>The most specific message (the JSON parser's, with its line number), first line only.</summary>
    private static string FirstLine(Exception e)
    {
        while (e.InnerException is not null)
            e = e.InnerException;
        string m = e.Message;
        int nl = m.IndexOf('\n');
        return (nl < 0 ? m : m[..nl]).Trim();
    }
}
