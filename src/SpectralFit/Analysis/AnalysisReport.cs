using SolarFlux.Common;
using SpectralFit.Modeling;
using SpectralFit.Plotting;
using SpectralFit.Reports;
using SpectralFit.Systematics;

namespace SpectralFit.Analysis;

/// <summary>
/// Report pieces for a fit, a profile and systematics: parameter rows, quality, limits, weights, the spectrum and
/// profile figures; <see cref="WriteDirectory"/> writes spectrum.svg, profile.svg, signals.svg, systematics.svg and
/// report.html (each atomically).
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
            limits.Add(new LimitResult("profile (this configuration)", profile.UpperLimit90, "μ_B", Bayesian(profile)));
            if (double.IsFinite(profile.DeltaChiSquareLimit90))
                limits.Add(new LimitResult("profile (this configuration)", profile.DeltaChiSquareLimit90, "μ_B", "Δχ² = 2.71"));
        }
        if (systematics is not null)
            limits.Add(new LimitResult("with systematics", systematics.CombinedLimit.Limit * FitParameterFactory.MomentUnit, "μ_B", "Bayesian, weighted sum of profiles"));
        return limits;
    }

    /// <summary>
    /// The limits of the reproduction (issue item: without the gallium constraint, with it, with systematics) beside the
    /// published one: <paramref name="profile"/> is the configuration as given, <paramref name="withoutGallium"/> the same
    /// with constraints:gallium:enabled false (null when the configuration has no gallium constraint).
    /// </summary>
    public static IReadOnlyList<LimitResult> ReproductionLimits(ProfileOutcome profile, ProfileOutcome? withoutGallium, SystematicsResult? systematics)
    {
        bool gallium = profile.Best.Fit.Configuration.Gallium.Enabled;
        var limits = new List<LimitResult>();
        if (withoutGallium is not null)
            limits.Add(new LimitResult("without gallium constraint", withoutGallium.UpperLimit90, "μ_B", Bayesian(withoutGallium)));
        string nominal = gallium ? "with gallium constraint" : "without gallium constraint";
        limits.Add(new LimitResult(nominal, profile.UpperLimit90, "μ_B", Bayesian(profile)));
        if (double.IsFinite(profile.DeltaChiSquareLimit90))
            limits.Add(new LimitResult(nominal, profile.DeltaChiSquareLimit90, "μ_B", "Δχ² = 2.71"));
        if (systematics is not null)
        {
            limits.Add(new LimitResult(gallium ? "with gallium constraint and systematics" : "with systematics",
                systematics.CombinedLimit.Limit * FitParameterFactory.MomentUnit, "μ_B", "Bayesian, weighted sum of profiles"));
        }
        limits.Add(new LimitResult("published: Borexino Phase-II, gallium + systematics (PRD 96, 091103 (2017))",
            PublishedPhase2.MomentLimit90, "μ_B", "Bayesian, weighted sum of profiles"));
        return limits;
    }

    /// <summary>
    /// This fit's rates beside Borexino's (<see cref="PublishedPhase2.Compare"/>) as a report table; with systematic
    /// uncertainties from a systematics run, two more columns (the uncertainty and the pull with it).
    /// </summary>
    public static ReportTable PublishedRatesTable(IReadOnlyList<PublishedRateComparison> rows)
    {
        bool systematics = rows.Any(r => r.Systematic is not null);
        static string Pull(double? p) => p is double v ? v.ToString("+0.0;-0.0;0.0", System.Globalization.CultureInfo.InvariantCulture) : ReportNumbers.Missing;
        IReadOnlyList<string> headers = systematics
            ? ["component", "this fit ± stat. ± syst.", "published", "unit", "pull (σ)", "with syst. (σ)", "note"]
            : ["component", "this fit", "published", "unit", "pull (σ)", "note"];
        var cells = rows.Select(r => (IReadOnlyList<string>)(systematics
            ? [r.Name, OursText(r) + (r.Systematic is double sy ? " ± " + SystematicText(OursText(r), sy) : ""),
               ReportNumbers.WithError(r.Published, r.PublishedError), r.Unit, Pull(r.Pull), Pull(r.PullWithSystematic), r.Note]
            : [r.Name, OursText(r), ReportNumbers.WithError(r.Published, r.PublishedError), r.Unit, Pull(r.Pull), r.Note]));
        string caption = "Rates beside Borexino's Phase-II results (PRD 100, 082004 (2019); Nature 562, 505 (2018)); pull = difference / combined σ" +
                         (systematics ? "; syst. = weighted rms over the systematics configurations" : "");
        return new ReportTable(caption, headers, [.. cells]);
    }

    /// <summary>A systematic uncertainty to the decimals of the value text it follows ("0.3"), or "&lt;0.1" below them.</summary>
    private static string SystematicText(string value, double systematic)
    {
        string first = value.Split(' ')[0];
        int decimals = first.Contains('.') ? first.Length - first.IndexOf('.') - 1 : 0;
        double unit = Math.Pow(10, -decimals);
        return systematic < 0.5 * unit
            ? "<" + unit.ToString("F" + decimals, System.Globalization.CultureInfo.InvariantCulture)
            : systematic.ToString("F" + decimals, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>This fit's value as text: with its error when fitted, "(SSM)" / "(fixed)" otherwise.</summary>
    private static string OursText(PublishedRateComparison r) => r switch
    {
        { Value: null } => ReportNumbers.Missing,
        { Basis: "SSM (fixed)" } => $"{ReportNumbers.Value(r.Value.Value, 3)} (SSM)",
        { Error: null } => $"{ReportNumbers.Value(r.Value.Value, 3)} (fixed)",
        _ => ReportNumbers.WithError(r.Value.Value, r.Error!.Value),
    };

    /// <summary>The method of a profile's Bayesian limit, e.g. "Bayesian, flat prior in μ".</summary>
    private static string Bayesian(ProfileOutcome profile) =>
        $"Bayesian, {(profile.Prior == Profiles.LimitPrior.FlatInParameter ? "flat prior in μ" : "flat prior in μ²")}";

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

    /// <summary>Moment shown by <see cref="SignalFigure"/>: 5e-11 mu_B, visible in the spectrum (PRD 96, 091103 (2017), Fig. 1).</summary>
    public const double VisibleMoment = 5e-11;

    /// <summary>
    /// The expected pp and 7Be signals in the fit's observable at the best-fit rates, with mu = 0 and with
    /// mu = <see cref="VisibleMoment"/>: what the fit is sensitive to (the moment adds events at low recoil energy).
    /// </summary>
    public static Figure SignalFigure(FitOutcome fit)
    {
        var p = fit.Result.Values.ToArray();
        BestFitSpectrum At(double moment)
        {
            p[fit.Fit.Model.MomentIndex] = moment / FitParameterFactory.MomentUnit;
            return BestFitSpectrum.At(fit, p);
        }
        var without = At(0);
        var with = At(VisibleMoment);
        var signals = new[] { "pp", "Be7" }
            .Select(s => (Without: without.Components.FirstOrDefault(c => c.Label == s), With: with.Components.FirstOrDefault(c => c.Label == s)))
            .Where(s => s.Without is not null)
            .Select(s => new RecoilSignal(s.Without!.Label, s.Without.Values, s.With!.Values)).ToArray();
        var edges = without.Edges;
        var centres = Enumerable.Range(0, edges.Length - 1).Select(i => 0.5 * (edges[i] + edges[i + 1])).ToArray();
        return RecoilSignalPlot.Build(centres, signals, "μ = 5×10⁻¹¹ μ_B", without.Estimator, "expected events per bin",
            "Expected pp and ⁷Be signals at the best-fit rates");
    }

    /// <summary>Every configuration's profile L_c(mu)/L_c(0) with its weight, and the weighted sum (physics.md §7).</summary>
    public static Figure SystematicsFigure(SystematicsResult systematics)
    {
        var grid = systematics.CombinedProfile.Grid.Select(m => m * FitParameterFactory.MomentUnit).ToArray();
        var profiles = systematics.Configurations.Select((c, i) => new WeightedProfile(c.Name, systematics.Weights[i],
            [.. c.Profile.Deviances.Select(d => Math.Exp(-0.5 * (d - c.Profile.Deviances[0])))])).ToArray();
        var combined = systematics.CombinedProfile.Deviances.Select(d => Math.Exp(-0.5 * (d - systematics.CombinedProfile.Deviances[0]))).ToArray();
        return SystematicsPlot.Build(grid, profiles, combined, systematics.CombinedLimit.Limit * FitParameterFactory.MomentUnit,
            "μ_eff [μ_B]", "L(μ) / L(μ = 0)");
    }

    public static Figure ProfileFigure(ProfileOutcome profile) =>
        ProfilePlot.Build(profile.MomentGrid, profile.Scan.DeltaDeviances, profile.UpperLimit90, "μ_eff [μ_B]");

    /// <summary>Writes spectrum.svg, profile.svg (with a profile), signals.svg, systematics.svg (with systematics) and
    /// report.html into <paramref name="directory"/>.</summary>
    /// <param name="comparison">Our components beside Borexino's fitted curves (<see cref="ComponentComparison"/>): one
    /// borexino-&lt;component&gt;.svg each, also in the report; null for none.</param>
    /// <param name="limits">The limits to show (default: <see cref="Limits"/> of the profile and systematics).</param>
    /// <param name="tables">Further summary tables, e.g. <see cref="PublishedRatesTable"/>.</param>
    public static IReadOnlyList<string> WriteDirectory(string directory, FitOutcome fit, ProfileOutcome? profile,
        SystematicsResult? systematics, IReadOnlyList<string> notes, IReadOnlyList<ComparedComponent>? comparison = null,
        IReadOnlyList<LimitResult>? limits = null, IReadOnlyList<ReportTable>? tables = null)
    {
        CheckDirectory(directory, "--out");
        var written = new List<string>();
        var figures = new List<ReportFigure>();
        void Add(Figure figure, string file, string caption)
        {
            string path = Path.Combine(directory, file);
            SvgPlotWriter.WriteFile(path, figure);
            written.Add(path);
            figures.Add(ReportFigure.FromFigure(figure, caption));
        }
        Add(SpectrumFigure(fit), "spectrum.svg", "Observed spectrum and best-fit components");
        if (profile is not null)
            Add(ProfileFigure(profile), "profile.svg", "Profile likelihood in μ_eff");
        Add(SignalFigure(fit), "signals.svg", "Expected pp and 7Be signals without and with a magnetic moment of 5e-11 μ_B");
        if (systematics is not null)
            Add(SystematicsFigure(systematics), "systematics.svg", "Systematics: each configuration's profile (weight in the legend) and the weighted sum");
        foreach (var c in comparison ?? [])
            Add(c.Figure, $"borexino-{c.Name}.svg", $"{c.Name}: this fit ({c.Ours:F0} events in the window) beside Borexino's fitted curve ({c.Borexino:F0})");
        var observed = fit.Fit.Observed;
        var data = new FitReportData($"SpectralFit: {fit.Fit.Configuration.Name}",
            $"{Path.GetFileName(observed.Path)}, {observed.Data.Count} bins, exposure {observed.Exposure:G6} day × 100 t",
            Parameters(fit), Quality(fit), limits ?? Limits(profile, systematics), Weights(systematics), figures, [.. fit.Fit.Notes, .. notes], tables);
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
