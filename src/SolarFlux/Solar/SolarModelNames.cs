using SolarFlux.Common;

namespace SolarFlux.Solar;

/// <summary>Names users type for the solar models: gs98 | hz and agss09 | agss09met | lz.</summary>
public static class SolarModelNames
{
    public static IReadOnlyList<string> Accepted { get; } = ["gs98", "hz", "agss09", "agss09met", "lz"];

    /// <summary>Canonical lower-case name: "gs98" or "agss09".</summary>
    public static string ToName(SolarModelName name) => name switch
    {
        SolarModelName.Gs98 => "gs98",
        SolarModelName.Agss09 => "agss09",
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    /// <summary>Parses a model name (case-insensitive).</summary>
    /// <param name="text">The name as typed.</param>
    /// <param name="what">The option or config key it came from, for the error message.</param>
    public static SolarModelName Parse(string text, string what = "ssm") =>
        (text ?? "").Trim().ToLowerInvariant() switch
        {
            "gs98" or "hz" => SolarModelName.Gs98,
            "agss09" or "agss09met" or "lz" => SolarModelName.Agss09,
            _ => throw new UserInputException(
                $"{what}: unknown solar model '{text}'; expected one of {string.Join(", ", Accepted)}"),
        };
}
