using System.Globalization;
using SpectralFit.Analysis;
using SpectralFit.Reports;
using SpectralFit.Systematics;

namespace SpectralFit.Cli.Commands;

/// <summary>Terminal output of the analysis commands: header, parameter and quality tables, limits.</summary>
public static class AnalysisPrinter
{
    public static void Header(FitOutcome fit)
    {
        var o = fit.Fit.Observed;
        Console.WriteLine($"Configuration {fit.Fit.Configuration.Name}: {o.Path}");
        Console.WriteLine($"  {o.Data.Count} bins of {o.Data.Estimator} [{F(o.Data.Low(0))}, {F(o.Data.High(o.Data.Count - 1))}], {o.Data.TotalCounts:F0} events");
        foreach (string note in fit.Fit.Notes)
            Console.WriteLine($"  {note}");
    }

    public static void Fit(FitOutcome fit)
    {
        AnalysisOptions.Print(ReportTables.Parameters(AnalysisReport.Parameters(fit)));
        AnalysisOptions.Print(ReportTables.Quality(AnalysisReport.Quality(fit)));
        string status = fit.Result.IsValid ? "converged" : $"NOT converged ({fit.Result.Message})";
        Console.WriteLine($"Fit {status} in {fit.Elapsed.TotalSeconds:F1} s ({fit.Result.FunctionCalls} + {fit.Result.GradientCalls} gradient calls)" +
                          (fit.GalliumSnu is double g ? $"; predicted 71Ga rate {g:F1} SNU" : ""));
    }

    public static void Limits(ProfileOutcome? profile, SystematicsResult? systematics)
    {
        if (systematics is not null)
            AnalysisOptions.Print(ReportTables.Weights(AnalysisReport.Weights(systematics)));
        AnalysisOptions.Print(ReportTables.Limits(AnalysisReport.Limits(profile, systematics)));
    }

    public static string F(double v) => v.ToString("G6", CultureInfo.InvariantCulture);
}
