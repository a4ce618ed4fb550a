using System.CommandLine;
using Spectre.Console;
using Spectre.Console.Rendering;
using SolarFlux.Common;
using SpectralFit.Analysis;
using SpectralFit.Configuration;
using SpectralFit.Configuration.Schema;
using SpectralFit.Modeling;

namespace SpectralFit.Cli.Commands;

/// <summary>
/// Options shared by fit, profile, systematics, toys and reproduce: CONFIG, --data, --data-format, --set, --json,
/// --out. <see cref="Assemble"/> loads and validates everything before any fit runs, so bad input never leaves
/// partial output files.
/// </summary>
public sealed class AnalysisOptions
{
    public Argument<string> Config { get; } = new("CONFIG") { Description = "Fit configuration (JSON; keys in configs/README.md)" };

    public Option<string?> Data { get; } = new("--data") { Description = "Data file replacing dataset:path", HelpName = "FILE" };

    public Option<string?> DataFormat { get; } = new("--data-format")
    {
        Description = "Format of --data: spectralfit, borexino-phase2, borexino-phase3 (default: detected from a '# spectralfit-dataset' header or the header of Borexino's Phase-III file, else dataset:format)",
        HelpName = "FORMAT",
    };

    public Option<string[]> Set { get; } = new("--set")
    {
        Description = "Override a configuration key, e.g. --set constraints:gallium:enabled=false (repeatable)",
        HelpName = "KEY:PATH=VALUE",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string?> Json { get; } = new("--json") { Description = "Write the results as JSON to FILE (atomically)", HelpName = "FILE" };

    public Option<string?> Out { get; } = new("--out") { Description = "Write plots (SVG) and an HTML report into DIR", HelpName = "DIR" };

    /// <param name="withReport">Adds --out (commands that write plots and a report; `toys` writes none).</param>
    /// <param name="withJson">Adds --json (commands with JSON results; `pseudodata` writes a dataset file only).</param>
    public void AddTo(Command command, bool withConfig = true, bool withReport = true, bool withJson = true)
    {
        if (withConfig)
            command.Arguments.Add(Config);
        command.Options.Add(Data);
        command.Options.Add(DataFormat);
        command.Options.Add(Set);
        if (withJson)
            command.Options.Add(Json);
        if (withReport)
            command.Options.Add(Out);
    }

    /// <summary>
    /// Loads the configuration (with --set; --data and --data-format become dataset:path and dataset:format overrides)
    /// and the data, and assembles the model.
    /// </summary>
    /// <param name="defaultDataFormat">Format of a --data file without the project's header (default: dataset:format).</param>
    public AssembledFit Assemble(ParseResult parse, string? configPath = null, string? defaultDataFormat = null)
    {
        var configuration = LoadConfiguration(parse, configPath, defaultDataFormat);
        CheckOutputs(parse);
        var observed = DatasetLoader.Load(configuration);
        return SpectralModelBuilder.Build(configuration, observed);
    }

    public FitConfiguration LoadConfiguration(ParseResult parse, string? configPath = null, string? defaultDataFormat = null)
    {
        var overrides = new List<string>(parse.GetValue(Set) ?? []);
        if (parse.GetValue(Data) is { } data)
        {
            if (!File.Exists(data))
                throw new UserInputException($"--data {data}: data file not found");
            overrides.Add("dataset:path=" + Path.GetFullPath(data));
            string? format = parse.GetValue(DataFormat)?.Trim().ToLowerInvariant();
            format ??= DatasetLoader.DetectByHeader(data) switch
            {
                DatasetFormat.SpectralFit => "spectralfit",
                DatasetFormat.BorexinoPhase3 => "borexino-phase3",
                _ => null,
            };
            format ??= defaultDataFormat;
            if (format is not null)
            {
                if (!FitSchema.DatasetFormats.Contains(format))
                    throw new UserInputException($"--data-format: unknown format '{format}'; expected {string.Join(", ", FitSchema.DatasetFormats)}");
                overrides.Add("dataset:format=" + format);
            }
        }
        else if (parse.GetValue(DataFormat) is not null)
            throw new UserInputException("--data-format: only used together with --data FILE");
        return FitConfigurationLoader.Load(configPath ?? parse.GetValue(Config)!, overrides);
    }

    public void CheckOutputs(ParseResult parse)
    {
        if (parse.GetValue(Out) is { } dir)
            AnalysisReport.CheckDirectory(dir, "--out");
        if (parse.GetValue(Json) is { } json)
            JsonOutput.CheckWritable(json);
    }

    /// <summary>Prints a Spectre renderable to the current Console.Out (plain text when redirected).</summary>
    public static void Print(IRenderable renderable)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Out),
            Ansi = Console.IsOutputRedirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = Console.IsOutputRedirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
        });
        if (Console.IsOutputRedirected)
            console.Profile.Width = 110;
        console.Write(renderable);
    }

    /// <summary>A progress reporter drawing on stderr, or null when stderr is redirected (tests, pipes).</summary>
    public static IProgress<int>? StderrProgress(string what, int total)
    {
        if (Console.IsErrorRedirected)
            return null;
        int last = -1;
        return new SynchronousProgress(done =>
        {
            int pct = (int)(100.0 * done / total);
            if (pct == last)
                return;
            last = pct;
            Console.Error.Write($"\r{what}: {done}/{total} ({pct}%)   ");
            if (done >= total)
                Console.Error.WriteLine();
        });
    }

    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        private readonly object _lock = new();

        public void Report(int value)
        {
            lock (_lock)
                report(value);
        }
    }
}
