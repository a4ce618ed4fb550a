using System.Text.Json;
using SolarFlux.Common;

namespace DetectorResponse.Simulation;

/// <summary>A JSON value with its file and key path, for one-line errors ("file: key.path: message").</summary>
internal sealed class ConfigNode(string file, string key, JsonElement element)
{
    public string File { get; } = file;
    public string Key { get; } = key;
    public JsonElement Element { get; } = element;

    public UserInputException Error(string message) =>
        new($"{File}: {(Key.Length == 0 ? "(top level)" : Key)}: {message}");

    public void RequireObject()
    {
        if (Element.ValueKind != JsonValueKind.Object)
            throw Error($"expected an object, got {Element.ValueKind}");
    }

    public void AllowOnly(params string[] keys)
    {
        RequireObject();
        foreach (var p in Element.EnumerateObject())
            if (!p.Name.StartsWith('_') && !keys.Contains(p.Name))
                throw Error($"unknown key '{p.Name}' (allowed: {string.Join(", ", keys)})");
    }

    private string Sub(string name) => Key.Length == 0 ? name : $"{Key}.{name}";

    public ConfigNode? Child(string name)
    {
        RequireObject();
        return Element.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? new ConfigNode(File, Sub(name), v) : null;
    }

    public ConfigNode Required(string name) => Child(name) ?? throw Error($"missing key '{name}'");

    public IEnumerable<ConfigNode> Items()
    {
        if (Element.ValueKind != JsonValueKind.Array)
            throw Error($"expected an array, got {Element.ValueKind}");
        int i = 0;
        foreach (var item in Element.EnumerateArray())
            yield return new ConfigNode(File, $"{Key}[{i++}]", item);
    }

    public IEnumerable<(string Name, ConfigNode Node)> Properties()
    {
        RequireObject();
        foreach (var p in Element.EnumerateObject())
            if (!p.Name.StartsWith('_')) // "_comment" keys are comments
                yield return (p.Name, new ConfigNode(File, Sub(p.Name), p.Value));
    }

    public string String()
    {
        if (Element.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(Element.GetString()))
            throw Error($"expected a non-empty string, got {Element.GetRawText()}");
        return Element.GetString()!;
    }

    public double Number()
    {
        if (Element.ValueKind != JsonValueKind.Number || !Element.TryGetDouble(out double x) || !double.IsFinite(x))
            throw Error($"expected a finite number, got {Element.GetRawText()}");
        return x;
    }

    public double NonNegative()
    {
        double x = Number();
        if (x < 0)
            throw Error($"expected a value >= 0, got {x}");
        return x;
    }

    public double InRange(double min, double max, string unit)
    {
        double x = Number();
        if (x < min || x > max)
            throw Error($"expected {min} to {max}{(unit.Length > 0 ? " " + unit : "")}, got {x}");
        return x;
    }

    public int Integer()
    {
        double x = Number();
        if (x != Math.Round(x) || Math.Abs(x) > 1e9)
            throw Error($"expected a whole number, got {x}");
        return (int)x;
    }

    public string Raw() => Element.GetRawText();
}
