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

    /// <summary>
    /// Pre-check before any computation: creates the parent directory of <paramref name="path"/> and creates and deletes
    /// a probe file next to it; a user error naming <paramref name="option"/> when the output could not be written.
    /// </summary>
    public static void CheckWritable(string path, string option = "--json")
    {
        if (Directory.Exists(path))
            throw new UserInputException($"{option} {path}: cannot write (is a directory; expected a file name)");
        string probe = "";
        try
        {
            string full = Path.GetFullPath(path);
            probe = full + ".probe-" + Environment.ProcessId;
            string? dir = Path.GetDirectoryName(full);
            if (!string.IsNullOrEmpty(dir))
                Directory.CreateDirectory(dir);
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            string reason = probe.Length > 0 ? e.Message.Replace(probe, path, StringComparison.Ordinal) : e.Message;
            throw new UserInputException($"{option} {path}: cannot write ({reason})", e);
        }
    }

    public static void Write(string path, JsonNode node) =>
        AtomicFile.WriteAllText(path, node.ToJsonString(Options) + Environment.NewLine);
}
