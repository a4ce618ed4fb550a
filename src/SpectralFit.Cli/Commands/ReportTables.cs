using System.Globalization;
using Spectre.Console;
using SpectralFit.Configuration;
using SpectralFit.Configuration.Schema;
using SpectralFit.Reports;

namespace SpectralFit.Cli.Commands;

/// <summary>
/// Terminal tables (Spectre.Console) for the fit/profile/systematics commands, built from the same plain
/// records as the HTML report and formatted with <see cref="ReportNumbers"/>.
/// </summary>
public static class ReportTables
{
    public static Table Parameters(IEnumerable<ParameterResult> parameters)
    {
        var table = NewTable("Best-fit parameters", "parameter", "value", "unit", "status");
        foreach (var p in parameters)
        {
            string value = p.Fixed ? ReportNumbers.Value(p.Value) : ReportNumbers.WithError(p.Value, p.Error);
            table.AddRow(Cell(p.Name), Cell(value), Cell(p.Unit), Cell(p.Fixed ? "fixed" : "free"));
        }
        return table;
    }

    public static Table Quality(FitQuality quality)
    {
        var table = NewTable("Fit quality", "quantity", "value");
        table.AddRow(Cell("Poisson deviance"), Cell(ReportNumbers.Value(quality.Deviance, 5)));
        table.AddRow(Cell("bins / free parameters"), Cell(string.Create(CultureInfo.InvariantCulture, $"{quality.Bins} / {quality.FreeParameters}")));
        table.AddRow(Cell("deviance / d.o.f."), Cell(quality.DegreesOfFreedom > 0
            ? ReportNumbers.Value(quality.Deviance / quality.DegreesOfFreedom, 3) : ReportNumbers.Missing));
        if (quality.PValue is double p)
            table.AddRow(Cell("p-value"), Cell(ReportNumbers.Value(p, 3)));
        return table;
    }

    public static Table Limits(IEnumerable<LimitResult> limits)
    {
        var table = NewTable("90% C.L. upper limits", "result", "limit", "method");
        foreach (var l in limits)
            table.AddRow(Cell(l.Label), Cell($"{ReportNumbers.Value(l.UpperLimit90, 3)} {l.Unit}"), Cell(l.Method));
        return table;
    }

    public static Table Weights(IEnumerable<ConfigurationWeight> weights)
    {
        var table = NewTable("Systematics configurations", "configuration", "prior P(c)", "weight w_c", "limit (90% C.L.)");
        foreach (var w in weights)
        {
            table.AddRow(Cell(w.Configuration), Cell(ReportNumbers.Value(w.Prior, 3)), Cell(ReportNumbers.Value(w.Weight, 3)),
                Cell(ReportNumbers.Value(w.UpperLimit90, 3)));
        }
        return table;
    }

    /// <summary>The configured parameters (what a fit will vary), e.g. for a dry run.</summary>
    public static Table ConfiguredParameters(FitConfiguration configuration)
    {
        var table = NewTable($"Parameters of {configuration.Name}", "parameter", "init", "limits", "unit", "status");
        foreach (var c in configuration.Components.Where(c => c.FixedToSsm))
            table.AddRow(Cell("components:" + c.Name), Cell("SSM"), Cell(""), Cell(FitSchema.RateUnit), Cell("fixed to SSM " + configuration.Solar.Model));
        foreach (var p in configuration.Parameters)
        {
            string status = p.Fixed ? "fixed" : p.Pull is { } pull
                ? $"free, pull {ReportNumbers.WithError(pull.Mean, pull.Sigma)}" : "free";
            table.AddRow(Cell(p.Name), Cell(ReportNumbers.Value(p.Init)),
                Cell($"[{ReportNumbers.Value(p.Min)}, {(double.IsPositiveInfinity(p.Max) ? "∞" : ReportNumbers.Value(p.Max))}]"),
                Cell(p.Unit), Cell(status));
        }
        return table;
    }

    private static Table NewTable(string title, params string[] headers)
    {
        var table = new Table { Title = new TableTitle(Markup.Escape(title)), Border = TableBorder.Rounded };
        foreach (string h in headers)
            table.AddColumn(new TableColumn(Markup.Escape(h)));
        return table;
    }

    /// <summary>Plain text cell: user-given names may contain Spectre markup characters like '['.</summary>
    private static Text Cell(string text) => new(text);
}
