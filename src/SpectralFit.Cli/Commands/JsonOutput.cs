using System.Text.Json;
using System.Text.Json.Nodes;
using SolarFlux.Common;

namespace SpectralFit.Cli.Commands;

/// <summary>Machine-readable output: indented JSON written atomically (all or nothing).</summary>
public static class JsonOutput
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static void Write(string path, JsonNode node) =>
        AtomicFile.WriteAllText(path, node.ToJsonString(Options) + Environment.NewLine);
}
