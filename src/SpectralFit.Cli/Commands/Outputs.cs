using System.CommandLine;
using System.Text.Json.Nodes;
using SpectralFit.Analysis;
using SpectralFit.Systematics;

namespace SpectralFit.Cli.Commands;

/// <summary>Writes --json and --out results of the analysis commands (each file atomically).</summary>
public static class Outputs
{
    /// <summary>Name of the results JSON in a report directory (written when outputs:json is true).</summary>
    public const string ResultsFileName = "results.json";

    /// <summary>
    /// --json FILE gets <paramref name="json"/>. The report directory (--out DIR, else <paramref name="defaultDirectory"/>) gets
    /// the plots and the HTML report (with --out always; in the default directory when outputs:plots or outputs:html is true)
    /// and, when the configuration's outputs:json is true, results.json with the same JSON as --json.
    /// </summary>
    /// <param name="defaultDirectory">Report directory when --out is not given (the configuration's
    /// outputs:directory for `reproduce`); null writes no report then.</param>
    /// <param name="comparison">Components beside Borexino's fitted curves, drawn into the report (reproduce --compare).</param>
    /// <param name="limits">Limits shown in the report (default: those of the profile and systematics).</param>
    /// <param name="tables">Further summary tables for the report.</param>
    public static void Write(ParseResult parse, AnalysisOptions options, JsonObject json, FitOutcome fit,
        ProfileOutcome? profile, SystematicsResult? systematics, IReadOnlyList<string>? notes = null,
        string? defaultDirectory = null, IReadOnlyList<ComparedComponent>? comparison = null,
        IReadOnlyList<Reports.LimitResult>? limits = null, IReadOnlyList<Reports.ReportTable>? tables = null)
    {
        if (parse.GetValue(options.Json) is { } jsonPath)
        {
            JsonOutput.Write(jsonPath, json);
            Console.WriteLine($"wrote {jsonPath}");
        }
        string? outDirectory = parse.GetValue(options.Out);
        if ((outDirectory ?? defaultDirectory) is not { } dir)
            return;
        var settings = fit.Fit.Configuration.Outputs;
        if (outDirectory is not null || settings.Plots || settings.Html)
        {
            foreach (string file in AnalysisReport.WriteDirectory(dir, fit, profile, systematics, notes ?? [], comparison, limits, tables))
                Console.WriteLine($"wrote {file}");
        }
        if (settings.Json)
        {
            string results = Path.Combine(dir, ResultsFileName);
            JsonOutput.Write(results, json);
            Console.WriteLine($"wrote {results}");
        }
    }
}
