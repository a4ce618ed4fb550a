using System.Globalization;

namespace SpectralFit.Reports;

/// <summary>Lays out a fit's results as a <see cref="ReportDocument"/>: limits, fit quality, parameters, systematics weights, figures.</summary>
public static class FitReport
{
    public static ReportDocument Build(FitReportData data)
    {
        var sections = new List<ReportSection>();

        var summary = new List<ReportBlock>();
        if (data.Limits.Count > 0)
        {
            summary.Add(new ReportTable("90% C.L. upper limits", ["result", "limit (90% C.L.)", "method"],
                [.. data.Limits.Select(l => (IReadOnlyList<string>)[l.Label, $"{ReportNumbers.Value(l.UpperLimit90, 3)} {l.Unit}", l.Method])]));
        }
        summary.AddRange(data.Tables ?? []);
        summary.AddRange(data.Notes.Select(n => new ReportParagraph(n)));
        if (summary.Count > 0)
            sections.Add(new ReportSection("Summary", summary));

        if (data.Quality is { } q)
        {
            var rows = new List<IReadOnlyList<string>>
            {
                new[] { "Poisson deviance (Baker-Cousins χ²)", ReportNumbers.Value(q.Deviance, 5) },
                new[] { "bins", q.Bins.ToString(CultureInfo.InvariantCulture) },
                new[] { "free parameters", q.FreeParameters.ToString(CultureInfo.InvariantCulture) },
                new[] { "degrees of freedom", q.DegreesOfFreedom.ToString(CultureInfo.InvariantCulture) },
                new[] { "deviance / d.o.f.", q.DegreesOfFreedom > 0 ? ReportNumbers.Value(q.Deviance / q.DegreesOfFreedom, 3) : ReportNumbers.Missing },
            };
            if (q.PValue is double p)
                rows.Add(["p-value", ReportNumbers.Value(p, 3)]);
            sections.Add(new ReportSection("Fit quality", [new ReportTable("Goodness of fit", ["quantity", "value"], rows)]));
        }

        if (data.Parameters.Count > 0)
        {
            sections.Add(new ReportSection("Parameters", [new ReportTable("Best-fit parameters", ["parameter", "value", "unit", "status"],
                [.. data.Parameters.Select(p => (IReadOnlyList<string>)
                    [p.Name, p.Fixed ? ReportNumbers.Value(p.Value) : ReportNumbers.WithError(p.Value, p.Error), p.Unit, p.Fixed ? "fixed" : "free"])])]));
        }

        if (data.Weights.Count > 0)
        {
            sections.Add(new ReportSection("Systematics", [new ReportTable("Configurations: prior P(c), weight w_c ∝ P(c) L_c(μ = 0), own limit",
                ["configuration", "prior P(c)", "weight w_c", "limit (90% C.L.)"],
                [.. data.Weights.Select(w => (IReadOnlyList<string>)
                    [w.Configuration, ReportNumbers.Value(w.Prior, 3), ReportNumbers.Value(w.Weight, 3), ReportNumbers.Value(w.UpperLimit90, 3)])])]));
        }

        if (data.Figures.Count > 0)
            sections.Add(new ReportSection("Figures", [.. data.Figures]));

        return new ReportDocument(data.Title, data.Subtitle, sections);
    }
}
