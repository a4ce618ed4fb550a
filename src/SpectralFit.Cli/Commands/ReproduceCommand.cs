using System.CommandLine;
using Spectre.Console;
using SolarFlux.Common;
using SpectralFit.Analysis;
using SpectralFit.Reports;
using SpectralFit.Systematics;

namespace SpectralFit.Cli.Commands;

/// <summary>
/// `spectralfit reproduce`: the reference analysis configs/borexino-phase2-mm.json (Borexino Phase-II magnetic-moment
/// fit, PRD 96, 091103 (2017)) on the project's sample, or on --data FILE (e.g. the published Phase-II spectrum):
/// fit, rates beside Borexino's, profiles in mu_nu without and with the gallium constraint, systematics (unless
/// --no-systematics), 90% C.L. limits beside the published one; HTML report.
/// </summary>
public static class ReproduceCommand
{
    public const string ReferenceConfig = "configs/borexino-phase2-mm.json";

    /// <summary>The same analysis set up for Borexino's published Phase-II spectrum (its format and exposure).</summary>
    public const string PublishedSpectrumConfig = "configs/borexino-phase2-nature2018.json";

    public static Command Create()
    {
        var options = new AnalysisOptions();
        var config = new Option<string?>("--config")
        {
            Description = $"Configuration (default: {ReferenceConfig}, or {PublishedSpectrumConfig} when --data is not in the project's format; found from the working directory upwards)",
            HelpName = "FILE",
        };
        var noSystematics = new Option<bool>("--no-systematics")
        {
            Description = "Skip the systematics axes (systematics:axes; weighted sum of profiles, the slowest step): limits without and with the gallium constraint only",
        };
        var compare = new Option<string?>("--compare")
        {
            Description = "Borexino's fitted component curves on the Phase-II spectrum (Fig. 6a table, e.g. ../shared/data/borexino/" +
                          $"{ComponentCurvesFile}): each of our best-fit components beside Borexino's, printed and plotted. " +
                          "Default with a published --data FILE: that file's directory, when it holds the table",
            HelpName = "FILE",
        };
        var command = new Command("reproduce",
            "Reproduce the Borexino Phase-II magnetic-moment analysis on the embedded sample (or --data FILE; files without the " +
            "project's header are read as the published Phase-II spectrum): the fit, its rates beside Borexino's, and the 90% C.L. " +
            "limit on mu_eff without the gallium constraint, with it, and with systematics (the configuration's systematics:axes), " +
            "beside the published mu_eff < 2.8e-11 mu_B; plots, an HTML report and results.json (in --out DIR, else in the " +
            "configuration's outputs:directory; see outputs:*).\n" +
            "Example: spectralfit reproduce --data ../shared/data/borexino/phase2_nature2018_fig2a.txt --out results/phase2");
        options.AddTo(command, withConfig: false);
        command.Options.Add(config);
        command.Options.Add(noSystematics);
        command.Options.Add(compare);
        command.SetAction(parse =>
        {
            string? data = parse.GetValue(options.Data);
            var detected = data is not null && File.Exists(data) ? Modeling.DatasetLoader.DetectByHeader(data) : null;
            bool published = data is not null && File.Exists(data) && detected != Configuration.DatasetFormat.SpectralFit;
            bool phase3 = published && (detected == Configuration.DatasetFormat.BorexinoPhase3
                                        || parse.GetValue(options.DataFormat)?.Trim().ToLowerInvariant() == "borexino-phase3");
            if (phase3 && parse.GetValue(config) is null)
            {
                throw new UserInputException($"--data {data}: Borexino's Phase-III spectrum; reproduce's default configuration " +
                    $"({PublishedSpectrumConfig}) is the Phase-II analysis with the Phase-II exposure. Give a configuration with the " +
                    "Phase-III exposure (exposure:*) with --config FILE");
            }
            string path = parse.GetValue(config) ?? FindReference(published ? PublishedSpectrumConfig : ReferenceConfig);
            var assembled = options.Assemble(parse, path, "borexino-phase2");
            var curves = ComponentCurves(parse.GetValue(compare), published ? data : null);
            // The main job always leaves its report: in --out DIR, else in the configuration's outputs:directory.
            var outputs = assembled.Configuration.Outputs;
            string? reportDirectory = parse.GetValue(options.Out) is null && (outputs.Html || outputs.Plots || outputs.Json) ? outputs.Directory : null;
            if (reportDirectory is not null)
                AnalysisReport.CheckDirectory(reportDirectory, "outputs:directory");
            int points = assembled.Configuration.MagneticMoment.Scan.Points;
            bool systematics = !parse.GetValue(noSystematics);
            if (systematics)
                PrintNotes(SystematicsService.Available(assembled.Configuration).Notes);
            var outcome = new ReproductionService().Run(assembled, systematics, what => AnalysisOptions.StderrProgress(what, points), SystematicsProgressBar());
            var syst = outcome.Systematics;
            AnalysisPrinter.Header(outcome.Best);
            AnalysisOptions.Print(RatesTable(outcome.Rates));
            foreach (string footnote in outcome.Footnotes)
                Console.WriteLine(footnote);
            AnalysisPrinter.Fit(outcome.Best);
            if (syst is not null)
                AnalysisOptions.Print(ReportTables.Weights(AnalysisReport.Weights(syst)));
            AnalysisOptions.Print(ReportTables.Limits(outcome.Limits));
            PrintNotes(syst?.Warnings ?? [], "warning: ");
            PrintNotes(syst is null ? [] : SystematicsService.DataNotes(assembled.Configuration, syst), "note: ");
            var comparison = curves is null ? null : ComponentComparison.Build(outcome.Best, curves);
            if (comparison is not null)
                AnalysisOptions.Print(ComparisonTable(comparison, curves!.Source));
            Console.WriteLine($"mu_eff < {ReportNumbers.Value(outcome.Limit, 3)} mu_B (90% C.L., {outcome.LimitDescription}); " +
                              $"published (Borexino Phase-II, PRD 96, 091103 (2017), with the gallium constraint and systematics): < {ReportNumbers.Value(PublishedPhase2.MomentLimit90, 2)} mu_B");
            Console.WriteLine($"Done in {outcome.Elapsed.TotalSeconds:F1} s ({(outcome.WithoutGallium is null ? 1 : 2)} profiles of {points} points" +
                              (syst is null ? ")" : $", systematics: {syst.Configurations.Count} configurations)"));
            var json = AnalysisJson.Reproduction(outcome);
            if (comparison is not null)
                json["borexino_components"] = new System.Text.Json.Nodes.JsonObject([.. comparison.Select(c =>
                    KeyValuePair.Create(c.Name, (System.Text.Json.Nodes.JsonNode?)new System.Text.Json.Nodes.JsonObject { ["this_fit"] = c.Ours, ["borexino"] = c.Borexino }))]);
            Outputs.Write(parse, options, json, outcome.Best, outcome.Profile, syst,
                [$"Published (Borexino Phase-II, PRD 96, 091103 (2017)): μ_eff < 2.8e-11 μ_B (90% C.L.)", .. outcome.Footnotes], reportDirectory, comparison,
                outcome.Limits, [AnalysisReport.PublishedRatesTable(outcome.Rates)]);
            return 0;
        });
        return command;
    }

    /// <summary>File name of Borexino's Fig. 6a curves in the reference data (found beside a published --data file).</summary>
    public const string ComponentCurvesFile = "phase2_fig6a_components.csv";

    /// <summary>--compare FILE, else the table beside the published spectrum when present; read before any fit runs.</summary>
    private static DetectorResponse.Data.Phase2ComponentCurves? ComponentCurves(string? explicitPath, string? publishedData)
    {
        string? path = explicitPath;
        if (path is null && publishedData is not null)
        {
            string beside = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(publishedData)) ?? ".", ComponentCurvesFile);
            if (File.Exists(beside))
                path = beside;
        }
        if (path is null)
            return null;
        if (!File.Exists(path))
            throw new UserInputException($"--compare {path}: file not found; expected Borexino's Fig. 6a component table ({ComponentCurvesFile})");
        return DetectorResponse.Data.Phase2ComponentCurves.Read(path);
    }

    private static Table ComparisonTable(IReadOnlyList<ComparedComponent> comparison, string source)
    {
        var table = new Table { Title = new TableTitle($"Events in the fit window: this fit vs Borexino's fitted curves ({Path.GetFileName(source)})"), Border = TableBorder.Rounded };
        foreach (string h in new[] { "component", "this fit", "Borexino", "ratio" })
            table.AddColumn(h);
        foreach (var c in comparison)
            table.AddRow(c.Name, c.Ours.ToString("F0"), c.Borexino.ToString("F0"), c.Borexino > 0 ? (c.Ours / c.Borexino).ToString("F3") : "-");
        return table;
    }

    private static Table RatesTable(IReadOnlyList<PublishedRateComparison> rates)
    {
        var source = AnalysisReport.PublishedRatesTable(rates);
        var table = new Table { Title = new TableTitle(source.Caption), Border = TableBorder.Rounded };
        foreach (string h in source.Headers)
            table.AddColumn(h);
        foreach (var row in source.Rows)
            table.AddRow([.. row.Select(cell => new Text(cell))]);
        return table;
    }

    /// <summary>Notes (e.g. a systematics axis the data cannot provide) or warnings on stderr, one line each.</summary>
    public static void PrintNotes(IEnumerable<string> notes, string prefix = "note: ")
    {
        foreach (string note in notes)
            Console.Error.WriteLine(prefix + note);
    }

    /// <summary>Fits done / total on stderr, or null when stderr is redirected.</summary>
    public static IProgress<SystematicsProgress>? SystematicsProgressBar() =>
        Console.IsErrorRedirected ? null : new Progress<SystematicsProgress>(p => Console.Error.Write($"\rsystematics: {p.CompletedFits}/{p.TotalFits} fits   "));

    /// <summary>A repository file (e.g. configs/borexino-phase2-mm.json) in the working directory or one of its parents.</summary>
    public static string FindReference(string relative)
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
                return candidate;
        }
        throw new UserInputException($"reproduce: {relative} not found in the working directory or its parents; run from the repository or give --config FILE");
    }
}
