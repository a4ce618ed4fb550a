using DetectorResponse.Estimators;
using SolarFlux.Oscillations;

namespace SpectralFit.Configuration.Schema;

/// <summary>
/// The schema of a fit configuration (configs/README.md, section "fit"). Every key, its meaning, unit,
/// default and allowed range is defined here once; the validators and the documentation read it.
/// Keys starting with '_' (e.g. "_comment") are comments and are ignored everywhere.
/// </summary>
public static class FitSchema
{
    /// <summary>Energy estimators (DetectorResponse.Estimators.EnergyEstimatorNames).</summary>
    public static IReadOnlyList<string> Estimators => EnergyEstimatorNames.All;

    public static IReadOnlyList<string> DatasetFormats { get; } = ["spectralfit", "borexino-phase2", "borexino-phase3"];

    /// <summary>Solar models and their aliases (hz = gs98; agss09met, lz = agss09).</summary>
    public static IReadOnlyList<string> SolarModels { get; } = ["gs98", "hz", "agss09", "agss09met", "lz"];

    /// <summary>Oscillation presets (SolarFlux.Oscillations.MixingPresets).</summary>
    public static IReadOnlyList<string> MixingPresets => SolarFlux.Oscillations.MixingPresets.Names;

    /// <summary>Keys that override single mixing parameters (SolarFlux.Oscillations.MixingParameters).</summary>
    public static IReadOnlyList<string> MixingKeys => MixingParameters.Keys;

    public static IReadOnlyList<string> PileupModels { get; } = ["convolution", "synthetic"];

    /// <summary>Kernels of the electron response (response:kernel).</summary>
    public static IReadOnlyList<string> ResponseKernels { get; } = ["gaussian", "counting-skew"];

    /// <summary>Models of the 210Po peak width (response:po210_peak).</summary>
    public static IReadOnlyList<string> Po210PeakModels { get; } = ["resolution", "free-width"];

    public static IReadOnlyList<string> MomentPriors { get; } = ["flat-mu", "flat-mu2"];

    /// <summary>Solar components: single species (SolarFlux.SpeciesNames) and the CNO group.</summary>
    public static IReadOnlyList<string> SolarComponents { get; } =
        ["pp", "Be7", "pep", "CNO", "B8", "hep", "N13", "O15", "F17"];

    /// <summary>Background components the detector model knows (physics.md §6).</summary>
    public static IReadOnlyList<string> Backgrounds { get; } =
        ["C14", "Kr85", "Bi210", "C11", "Po210", "ext_K40", "ext_Bi214", "ext_Tl208", "external", "pileup"];

    /// <summary>The external gammas that component "external" combines with fixed shares (components:external:shares).</summary>
    public static IReadOnlyList<string> ExternalGammas { get; } = ["ext_K40", "ext_Bi214", "ext_Tl208"];

    public const string RateUnit = "cpd/100t";

    /// <summary>14C is given as an activity, as Borexino quotes it (physics.md §6: 40.0 +- 2.0 Bq/100t).</summary>
    public const string C14RateUnit = "Bq/100t";

    // The detector model's defaults, used for a response parameter the configuration leaves out.
    private static readonly DetectorResponse.Folding.FoldingParameters ModelDefaults = new();

    /// <summary>
    /// The response parameters: name, meaning, unit, allowed range and the detector model's default (used when the key
    /// is absent; physics.md §6-§7). Ranges and defaults are those of DetectorResponse.Estimators.ResponseParameters and
    /// DetectorResponse.Folding.FoldingParameters (property in brackets), so a valid configuration is always a valid
    /// detector response.
    /// </summary>
    public static IReadOnlyList<(string Name, string Description, string Unit, double Min, double Max, double Default)> ResponseParameters { get; } =
    [
        ("light_yield", "photoelectrons per MeV of visible energy [LightYield]", "p.e./MeV", 100, 2000, ModelDefaults.Response.LightYield),
        ("kb", "Birks quenching constant for electrons [Kb]; fixed only", "cm/MeV", 0, 0.03, ModelDefaults.Response.Kb),
        ("cherenkov_fraction", "detected fraction f_Ch of the Cherenkov light [CherenkovFraction]", "1", 0, 0.2, ModelDefaults.Response.CherenkovFraction),
        ("resolution_v1", "excess variance factor v1 in sigma^2 = (1 + v1) N + sigma_T^2 N^2 + sigma_d^2 [VarianceFactor]", "1", 0, 2, ModelDefaults.Response.VarianceFactor),
        ("resolution_sigma_t", "constant relative resolution term sigma_T [ConstantTerm]", "1", 0, 0.2, ModelDefaults.Response.ConstantTerm),
        ("resolution_sigma_d", "dark-noise width sigma_d [DarkNoise]", "estimator units", 0, 50, ModelDefaults.Response.DarkNoise),
        ("hits_per_photoelectron", "hits per photoelectron h of N_h at low energy [HitsPerPhotoelectron]; fixed only", "hits/p.e.", 0.3, 1, ModelDefaults.Response.HitsPerPhotoelectron),
        ("hit_capacity", "saturation scale L_h of N_h = L_h (1 - exp(-h N_pe / L_h)) [HitCapacity]; fixed only", "hits", 500, 20000, ModelDefaults.Response.HitCapacity),
        ("live_pmts", "number of live PMTs N_live of the N_pmts saturation [LivePmts]; fixed only", "PMTs", 500, 2500, ModelDefaults.Response.LivePmts),
        ("window_fraction_dt1", "fraction of the photoelectrons within 230 ns (npmts_dt1) [WindowFractionDt1]; fixed only", "1", 0.5, 1, ModelDefaults.Response.WindowFractionDt1),
        ("window_fraction_dt2", "fraction of the photoelectrons within 400 ns (npmts_dt2) [WindowFractionDt2]; fixed only", "1", 0.5, 1, ModelDefaults.Response.WindowFractionDt2),
        ("po210_position", "210Po peak position in visible energy [PeakPosition]", "MeV", 0.1, 1.5, ModelDefaults.PeakPosition),
        ("po210_width", "210Po line width, Gaussian sigma in visible energy: the intrinsic width added to the detector resolution, or the whole width with po210_peak = free-width [PeakWidth]", "MeV", 0, 0.2, ModelDefaults.PeakWidth),
        ("c11_shift", "shift of the 11C spectrum (its starting point) in visible energy [PositronShift]", "MeV", -0.2, 0.2, ModelDefaults.PositronShift),
        ("c14_shape_a", "14C shape-factor slope a in 1 + a T; fixed only", "1/MeV", -10, 10, DetectorResponse.Backgrounds.BackgroundBetaSpectra.C14DefaultShapeSlope),
    ];

    // Declared after the lists above: static initializers run in text order.
    public static ObjectSchema Root { get; } = BuildRoot();

    private static ScalarSchema Num(string description, string? unit, string? defaultValue = null,
        bool required = false, double? min = null, double? max = null) =>
        new(ScalarKind.Number, description, unit, defaultValue, required, minimum: min, maximum: max);

    private static ScalarSchema Flag(string description, string defaultValue) =>
        new(ScalarKind.Boolean, description, defaultValue: defaultValue);

    private static ScalarSchema Choice(string description, IReadOnlyList<string> choices, string? defaultValue) =>
        new(ScalarKind.Choice, description, defaultValue: defaultValue, required: defaultValue is null, choices: choices);

    private static ScalarSchema Text(string description, bool required = false, string? defaultValue = null) =>
        new(ScalarKind.String, description, defaultValue: defaultValue, required: required);

    private static ScalarSchema MixingOverride(string key) => key switch
    {
        "sin2_theta12" or "sin2_theta13" or "sin2_theta23" =>
            Num($"replaces the preset's sin^2 {key[5..].Replace("theta", "theta_")}", "1", min: 0, max: 1),
        "dm21sq" => Num("replaces the preset's Delta m^2_21 (> 0)", "eV^2", min: 0),
        "dm31sq" => Num("replaces the preset's Delta m^2_31 (sign = mass ordering)", "eV^2"),
        "delta_cp" => Num("replaces the preset's Dirac CP phase", "rad"),
        _ => Num($"replaces the preset's {key}", null),
    };

    private static ObjectSchema Pull(string unit) => new(
        "optional Gaussian pull (penalty) on the parameter", false,
        ("mean", Num("mean of the Gaussian pull", unit, required: true)),
        ("sigma", Num("width of the Gaussian pull (> 0)", unit, required: true, min: 0)));

    /// <summary>A fit parameter: initial value, limits, fixed flag and an optional pull.</summary>
    private static ObjectSchema Parameter(string description, string unit, double lo, double hi) => new(
        description, false,
        ("init", Num("initial (or fixed) value", unit, required: true, min: lo, max: hi)),
        ("min", Num("lower limit of the fit (default: the allowed minimum)", unit, min: lo, max: hi)),
        ("max", Num("upper limit of the fit (default: the allowed maximum)", unit, min: lo, max: hi)),
        ("fixed", Flag("true: held at init during the fit", "false")),
        ("pull", Pull(unit)));

    private static ObjectSchema Component() => new(
        "a spectral component: its rate as a fit parameter", false,
        ("init", Num("initial (or fixed) rate; required unless fixed_to_ssm", RateUnit + " (C14: " + C14RateUnit + ")", min: 0)),
        ("min", Num("lower limit of the rate", RateUnit + " (C14: " + C14RateUnit + ")", "0", min: 0)),
        ("max", Num("upper limit of the rate (default: unbounded)", RateUnit + " (C14: " + C14RateUnit + ")", min: 0)),
        ("fixed", Flag("true: rate held at init", "false")),
        ("fixed_to_ssm", Flag("solar species only: rate fixed to the prediction of solar:ssm (no init)", "false")),
        ("pull", Pull(RateUnit + " (C14: " + C14RateUnit + ")")),
        ("template", Text("file with the component's spectrum (EnergyHistogram text format), relative to the config file; required for names the program does not know")),
        ("axis", new ScalarSchema(ScalarKind.Choice,
            "required with template: what the file is binned in; observable = the dataset's estimator units (e.g. N_h), used as given; " +
            "electron_energy = deposited electron kinetic energy (before quenching), folded with the detector response like the built-in beta spectra",
            choices: TemplateSpec.AxisNames)),
        ("energy_unit", new ScalarSchema(ScalarKind.Choice, "unit of the template's energy columns (axis electron_energy only)",
            defaultValue: TemplateSpec.EnergyUnits[0], choices: TemplateSpec.EnergyUnits)),
        ("shares", new ObjectSchema(
            "component external only, and required there: relative rates of the three external gammas, whose built-in shapes it adds " +
            "in these proportions under one rate (physics.md §7 fits the external background as one rate); the rate is their sum", false,
            [.. ExternalGammas.Select(g => (g, (SchemaNode)Num("share of " + g + " (relative; the shares are normalized to their sum)", "1", "0", min: 0)))])));

    private static ObjectSchema BuildRoot()
    {
        var dataset = new ObjectSchema("the measured spectrum", true,
            ("path", Text("data file, relative to the config file; {estimator} is replaced by the estimator's name (e.g. sample.{estimator}.dat)", required: true)),
            ("format", Choice("file format: the project's binned format or Borexino's public spectra", DatasetFormats, "spectralfit")),
            ("observable", new ObjectSchema("fit window in units of the estimator (e.g. N_h hits)", false,
                ("min", Num("lower edge of the fit window", "estimator units", required: true, min: 0)),
                ("max", Num("upper edge of the fit window", "estimator units", required: true, min: 0)))),
            ("rebin", new ScalarSchema(ScalarKind.Integer, "merge this many adjacent bins", null, "1", minimum: 1, maximum: 1000)),
            ("pmt_normalization", new ObjectSchema(
                "the data's estimator counts integers (hits, PMTs) scaled event by event to reference_pmts live PMTs, x = n reference_pmts / N_live " +
                "(Borexino: 2000); the model then reproduces the resulting binning aliasing (DetectorResponse.Folding.PmtNormalizationAliasing). Absent: smooth bin contents", false,
                ("reference_pmts", Num("number of PMTs the estimator is scaled to", "PMTs", "2000", min: 1, max: 100000)),
                ("live_pmts_min", new ScalarSchema(ScalarKind.Integer, "smallest number of live PMTs N_live (N_live uniform over min..max)", "PMTs", required: true, minimum: 1, maximum: 100000)),
                ("live_pmts_max", new ScalarSchema(ScalarKind.Integer, "largest number of live PMTs N_live", "PMTs", required: true, minimum: 1, maximum: 100000)))));

        var exposure = new ObjectSchema("exposure of the data (day x 100 t = live_days x fiducial_mass_t / 100 x efficiency); " +
            "a spectralfit dataset's own exposure takes precedence in fits, this one is compared with it and used for pseudo-data", true,
            ("live_days", Num("live time", "day", required: true, min: 0)),
            ("fiducial_mass_t", Num("fiducial mass", "t", "71.3", min: 0)),
            ("efficiency", Num("fraction of the exposure the selection keeps (e.g. 0.6325 for Borexino's TFC-subtracted Phase-II spectrum)", "1", "1", min: 0, max: 1)));

        var mixing = new ObjectSchema("oscillation parameters: a preset, optionally with single parameters replaced", false,
            [("preset", Choice("named set of mixing parameters (SolarFlux MixingPresets)", MixingPresets, "pdg2016")),
             .. MixingKeys.Select(k => (k, (SchemaNode)MixingOverride(k)))]);

        var solar = new ObjectSchema("solar model and oscillations (the keys of the shared --ssm/--mixing options)", false,
            ("ssm", Choice("B16 standard solar model for fluxes and SSM-fixed rates: gs98 (= hz, high metallicity) or agss09 (= agss09met, lz)", SolarModels, "gs98")),
            ("mixing", mixing),
            ("table", Text("B16-format nudistr table used instead of the built-in radial profiles, relative to the config file")));

        var components = new MapSchema("spectral components fitted to the data", true, "<component>", Component(),
            [.. SolarComponents, .. Backgrounds], otherNamesAllowed: true);

        var response = new ObjectSchema("detector-response parameters (absent ones keep the detector model's default)", false,
            [.. ResponseParameters.Select(p => (p.Name, (SchemaNode)Parameter(p.Description, p.Unit, p.Min, p.Max))),
             ("kernel", Choice("response kernel of the electron and positron spectra: gaussian, or counting-skew (first-order Cornish-Fisher " +
                "kernel carrying the third cumulant of Poisson counting and dark noise, DetectorResponse.Folding.CountingSkewness; " +
                "the 210Po peak always has it)", ResponseKernels, "gaussian")),
             ("po210_peak", Choice("width of the 210Po peak: resolution (the detector resolution sigma^2(N) of every event, " +
                "in quadrature with the alpha line's intrinsic width po210_width) or free-width (po210_width is the whole width, " +
                "independent of the electrons' resolution)", Po210PeakModels, "resolution"))]);

        var pileup = new ObjectSchema("pile-up model", false,
            ("model", Choice("convolution with the 14C spectrum, or a synthetic template", PileupModels, "convolution")),
            ("template", Text("synthetic pile-up template file, relative to the config file (model synthetic only)")));

        var moment = new ObjectSchema("neutrino magnetic moment mu_eff, the parameter of interest", false,
            ("reference", Num("moment at which the signal template is computed (signal scales as mu^2)", "mu_B", "1e-11", min: 1e-13, max: 1e-8)),
            ("scan", new ObjectSchema("grid of the profile likelihood scan", false,
                ("min", Num("first scan point (must be <= 0 so the scan contains mu = 0)", "mu_B", "0", min: -1e-8, max: 0)),
                ("max", Num("last scan point (must be > 0 so the scan contains mu = 0)", "mu_B", "1e-10", min: 0, max: 1e-8)),
                ("points", new ScalarSchema(ScalarKind.Integer, "number of scan points", null, "51", minimum: 2, maximum: 10000)))),
            ("prior", Choice("prior for the limit: flat in mu or flat in mu^2", MomentPriors, "flat-mu")));

        var gallium = new ObjectSchema("71Ga capture-rate constraint on the pp and 7Be rates (physics.md §7)", false,
            ("enabled", Flag("apply the constraint", "true")),
            ("measured", Num("measured 71Ga capture rate (SAGE + GALLEX/GNO)", "SNU", "66.1", min: 0, max: 1000)),
            ("sigma", Num("its uncertainty", "SNU", "3.1", min: 0, max: 1000)),
            ("cross_section", Num("relative cross-section uncertainty (added in quadrature)", "1", "0.04", min: 0, max: 1)),
            ("fiducial", Num("relative fiducial-volume uncertainty (added in quadrature)", "1", "0.01", min: 0, max: 1)));

        var choice = new ObjectSchema("one choice of a systematics axis", false,
            ("value", Text("value given to the axis key", required: true)),
            ("weight", Num("prior weight P(c) (> 0; weights are normalized)", "1", "1", min: 0)),
            ("label", Text("name in reports (default: the value)")),
            ("set", new OverrideSetSchema("further keys set with this choice (e.g. the dataset of another estimator)")));

        var axis = new ObjectSchema("a discrete systematic choice", false,
            ("key", Text("configuration key path the axis varies, e.g. pileup:model", required: true)),
            ("choices", new ArraySchema("the alternatives (at least 1)", true, choice, minimumCount: 1)));

        var systematics = new ObjectSchema("discrete systematics: every combination of choices is a configuration", false,
            ("axes", new ArraySchema("the axes; the configurations are their Cartesian product", false, axis)));

        var outputs = new ObjectSchema("what to write", false,
            ("directory", Text("report directory of `reproduce` when --out is not given, relative to the working directory (fit, profile, systematics write a report only with --out; toys writes none)", defaultValue: "results")),
            ("json", Flag("the report directory (--out DIR, or outputs:directory for `reproduce`) also gets results.json, the same JSON as --json", "true")),
            ("plots", Flag("`reproduce` writes its SVG plots and report to outputs:directory when plots or html is true", "true")),
            ("html", Flag("`reproduce` writes the self-contained HTML report to outputs:directory when html or plots is true", "true")));

        return new ObjectSchema("a fit configuration", true,
            ("name", Text("label in reports (default: the config file name)")),
            ("dataset", dataset),
            ("exposure", exposure),
            ("estimator", Choice("energy estimator of the observable", Estimators, "nh")),
            ("solar", solar),
            ("components", components),
            ("response", response),
            ("pileup", pileup),
            ("magnetic_moment", moment),
            ("constraints", new ObjectSchema("external constraints", false, ("gallium", gallium))),
            ("systematics", systematics),
            ("outputs", outputs));
    }
}
