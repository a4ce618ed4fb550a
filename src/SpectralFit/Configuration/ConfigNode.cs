using System.Globalization;
using Microsoft.Extensions.Configuration;
using SolarFlux.Common;
using SpectralFit.Configuration.Schema;

namespace SpectralFit.Configuration;

/// <summary>
/// Typed reading of one object of a structure-checked configuration: values come from the section or
/// from the schema default, numbers are checked against the schema's allowed range, and every error
/// names the source and the full key path.
/// </summary>
internal sealed class ConfigNode
{
    private readonly IConfiguration _section;
    private readonly ObjectSchema _schema;

    public ConfigNode(IConfiguration section, ObjectSchema schema, string path, string source)
    {
        _section = section;
        _schema = schema;
        Path = path;
        Source = source;
    }

    /// <summary>Full key path of this object ("" at the top level).</summary>
    public string Path { get; }

    public string Source { get; }

    public string PathOf(string key) => Path.Length == 0 ? key : Path + ":" + key;

    public bool Has(string key) => !StructureValidator.IsAbsent(_section.GetSection(key));

    public UserInputException Error(string key, string message) => new($"{Source}: {PathOf(key)}: {message}");

    public UserInputException Error(string message) => new($"{Source}: {Path}: {message}");

    public ConfigNode? Child(string key)
    {
        if (!Has(key))
            return null;
        return new ConfigNode(_section.GetSection(key), (ObjectSchema)_schema.Member(key)!, PathOf(key), Source);
    }

    /// <summary>The child object, or one built from schema defaults when absent.</summary>
    public ConfigNode ChildOrDefaults(string key) =>
        new(_section.GetSection(key), (ObjectSchema)_schema.Member(key)!, PathOf(key), Source);

    public IConfigurationSection Section(string key) => _section.GetSection(key);

    public double Number(string key) =>
        OptionalNumber(key) ?? throw Error(key, "required key missing; add a number");

    public double? OptionalNumber(string key)
    {
        var leaf = Leaf(key);
        string? text = Text(key, leaf);
        if (text is null)
            return null;
        ScalarSchema.TryNumber(text, out double value);
        CheckRange(key, leaf, value);
        return value;
    }

    public int Integer(string key)
    {
        var leaf = Leaf(key);
        string text = Text(key, leaf) ?? throw Error(key, "required key missing; add an integer");
        int value = int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);
        CheckRange(key, leaf, value);
        return value;
    }

    public bool Boolean(string key) =>
        bool.Parse(Text(key, Leaf(key)) ?? throw Error(key, "required key missing; add true or false"));

    public string? OptionalString(string key) => Text(key, Leaf(key))?.Trim();

    public string String(string key) =>
        OptionalString(key) ?? throw Error(key, "required key missing; add a string");

    /// <summary>The chosen value as spelled in the schema's list of choices.</summary>
    public string Choice(string key)
    {
        var leaf = Leaf(key);
        string text = Text(key, leaf) ?? throw Error(key, $"required key missing; expected {leaf.Expected}");
        return leaf.CanonicalChoice(text) ?? throw Error(key, $"expected {leaf.Expected}, got '{text}'");
    }

    /// <summary>A file named relative to the config file's folder; it must exist.</summary>
    public string? OptionalExistingFile(string key, string baseDirectory, string what)
    {
        string? written = OptionalString(key);
        if (written is null)
            return null;
        string full = System.IO.Path.GetFullPath(System.IO.Path.Combine(baseDirectory, written));
        if (!File.Exists(full))
            throw Error(key, $"{what} '{written}' not found (looked for {full}); paths are relative to the config file's folder");
        return full;
    }

    private ScalarSchema Leaf(string key) =>
        _schema.Member(key) as ScalarSchema ?? throw new InvalidOperationException($"schema has no value key '{PathOf(key)}'");

    private string? Text(string key, ScalarSchema leaf)
    {
        var s = _section.GetSection(key);
        return StructureValidator.IsAbsent(s) ? leaf.Default : s.Value;
    }

    private void CheckRange(string key, ScalarSchema leaf, double value)
    {
        if ((leaf.Minimum is double lo && value < lo) || (leaf.Maximum is double hi && value > hi))
        {
            string range = $"[{Format(leaf.Minimum)}, {Format(leaf.Maximum)}]";
            string unit = leaf.Unit is null or "1" ? "" : " " + leaf.Unit;
            throw Error(key, $"{Format(value)}{unit} is outside the allowed range {range}{unit} ({leaf.Description})");
        }
    }

    public static string Format(double? value) =>
        value is double v ? v.ToString("G6", CultureInfo.InvariantCulture) : "unbounded";
}
