using System.CommandLine;
using System.Text.Json.Nodes;
using SpectralFit.Analysis;
using SpectralFit.Systematics;

namespace SpectralFit.Cli.Commands;

/// <summary>Writes --json and --out results of the analysis commands (each file atomically).</summary>
public static class Outputs
{
    /// <param name="defaultDirectory">Report directory when --out is not given (the configuration's
    /// outputs:directory for `reproduce`); null writes no report then.</param>
    public static void Write(ParseResult parse, AnalysisOptions options, JsonObject json, FitOutcome fit,
        ProfileOutcome? profile, SystematicsResult? systematics, IReadOnlyList<string>? notes = null,
        string? defaultDirectory = null)
    {
        if (parse.GetValue(options.Json) is { } jsonPath)
        {
            JsonOutput.Write(jsonPath, json);
            Console.WriteLine($"wrote {jsonPath}");
        }
        if ((parse.GetValue(options.Out) ?? defaultDirectory) is { } dir)
        {
            foreach (string file in AnalysisReport.WriteDirectory(dir, fit, profile, systematics, notes ?? []))
                Console.WriteLine($"wrote {file}");
        }
    }
}
