using SolarFlux.Common;
using SpectralFit.Modeling;
using SpectralFit.Plotting;
using SpectralFit.Reports;
using SpectralFit.Systematics;

namespace SpectralFit.Analysis;

/// <summary>
/// Report pieces for a fit, a profile and systematics: parameter rows, quality, limits, weights, the spectrum and
/// profile figures; <see cref="WriteDirectory"/> writes spectrum.svg, profile.svg and report.html (each atomically).
/// </summary>
public static class AnalysisReport
{
    public static IReadOnlyList<ParameterResult> Parameters(FitOutcome fit)
    {
        var r = fit.Result;
        return [.. r.Names.Select((n, i) => new ParameterResult(n, r.Values[i], r.Errors[i], fit.Fit.Units.GetValueOrDefault(n, ""), r.IsFixed[i]))];
    }

    public static FitQuality Quality(FitOutcome fit) => new(fit.Deviance, fit.Bins, fit.FreeParameters, fit.PValue);

    public static IReadOnlyList<LimitResult> Limits(ProfileOutcome? profile, SystematicsResult? systematics)
    {
        var limits = new List<LimitResult>();
        if (profile is not null)
        {
            string prior = profile.Prior == Profiles.LimitPrior.FlatInParameter ? "flat prior in μ" : "flat prior in μ²";
            limits.Add(new LimitResult("profile (this configuration)", profile.UpperLimit90, "μ_B", $"Bayesian, {prior}"));
            if (double.IsFinite(profile.DeltaChiSquareLimit90))
                limits.Add(new LimitResult("profile (this configuration)", profile.DeltaChiSquareLimit90, "μ_B", "Δχ² = 2.71"));
        }
        if (systematics is not null)
            limits.Add(new LimitResult("with systematics", systematics.CombinedLimit.Limit * FitParameterFactory.MomentUnit, "μ_B", "Bayesian, weighted sum of profiles"));
        return limits;
    }

    public static IReadOnlyList<ConfigurationWeight> Weights(SystematicsResult? systematics) =>
        systematics is null ? [] :
        [.. systematics.Configurations.Select((c, i) => new ConfigurationWeight(c.Name, c.Prior, systematics.Weights[i],
            systematics.ConfigurationLimits[i].Limit * FitParameterFactory.MomentUnit))];

    /// <summary>Data, total model and each component (solar SM + moment parts summed per species) at the best fit.</summary>
    public static Figure SpectrumFigure(FitOutcome fit)
    {
        var s = BestFitSpectrum.Of(fit);
        return SpectrumPlot.Build(new SpectrumPlotData($"{fit.Fit.Configuration.Name}: best fit", s.Estimator,
            s.Edges, s.Observed, s.Total, s.Components));
    }

    public static Figure ProfileFigure(ProfileOutcome profile) =>
        ProfilePlot.Build(profile.MomentGrid, profile.Scan.DeltaDeviances, profile.UpperLimit90, "μ_eff [μ_B]");

    /// <summary>Writes spectrum.svg, profile.svg (with a profile) and report.html into <paramref name="directory"/>.</summary>
    public static IReadOnlyList<string> WriteDirectory(string directory, FitOutcome fit, ProfileOutcome? profile,
        SystematicsResult? systematics, IReadOnlyList<string> notes)
    {
        CheckDirectory(directory, "--out");
        var written = new List<string>();
        var figures = new List<ReportFigure>();
        var spectrum = SpectrumFigure(fit);
        string spectrumPath = Path.Combine(directory, "spectrum.svg");
        SvgPlotWriter.WriteFile(spectrumPath, spectrum);
        written.Add(spectrumPath);
        figures.Add(ReportFigure.FromFigure(spectrum, "Observed spectrum and best-fit components"));
        if (profile is not null)
        {
            var figure = ProfileFigure(profile);
            string profilePath = Path.Combine(directory, "profile.svg");
            SvgPlotWriter.WriteFile(profilePath, figure);
            written.Add(profilePath);
            figures.Add(ReportFigure.FromFigure(figure, "Profile likelihood in μ_eff"));
        }
        var observed = fit.Fit.Observed;
        var data = new FitReportData($"SpectralFit: {fit.Fit.Configuration.Name}",
            $"{Path.GetFileName(observed.Path)}, {observed.Data.Count} bins, exposure {observed.Exposure:G6} day × 100 t",
            Parameters(fit), Quality(fit), Limits(profile, systematics), Weights(systematics), figures, [.. fit.Fit.Notes, .. notes]);
        string html = Path.Combine(directory, "report.html");
        HtmlReportWriter.WriteFile(html, FitReport.Build(data));
        written.Add(html);
        return written;
    }

    /// <summary>Creates <paramref name="directory"/> (checked before any fit runs); a user error when that is impossible.</summary>
    public static void CheckDirectory(string directory, string option)
    {
        if (File.Exists(directory))
            throw new UserInputException($"{option} {directory}: is a file; expected a directory for the plots and report");
        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UserInputException($"{option} {directory}: cannot create the output directory ({e.Message})", e);
        }
    }
}
