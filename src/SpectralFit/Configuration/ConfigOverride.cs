using SolarFlux.Common;

namespace SpectralFit.Configuration;

/// <summary>A command-line override <c>--set key:path=value</c> (colon-separated key path).</summary>
public sealed record ConfigOverride(string Key, string Value)
{
    /// <summary>Parses "key:path=value"; the value may be empty and may contain '='.</summary>
    public static ConfigOverride Parse(string text)
    {
        int eq = text.IndexOf('=');
        if (eq <= 0)
            throw new UserInputException($"--set '{text}': expected key:path=value, e.g. --set constraints:gallium:enabled=false");
        string key = text[..eq].Trim();
        if (key.Length == 0 || key.Split(':').Any(s => s.Trim().Length == 0))
            throw new UserInputException($"--set '{text}': the key path '{key}' has an empty part; expected key:path=value");
        return new ConfigOverride(key, text[(eq + 1)..].Trim());
    }

    public override string ToString() => $"{Key}={Value}";
}
