namespace SpectralFit.Configuration.Schema;

/// <summary>
/// The schema of a fit configuration (configs/README.md, section "fit"). Every key, its meaning, unit,
/// default and allowed range is defined here once; the validators and the documentation read it.
/// Keys starting with '_' (e.g. "_comment") are comments and are ignored everywhere.
/// </summary>
public static class FitSchema
{
    public static IReadOnlyList<string> Estimators { get; } = ["npe", "nh", "npmts", "npmts_dt1", "npmts_dt2"];

    public static IReadOnlyList<string> DatasetFormats { get; } = ["spectralfit", "borexino-phase2", "borexino-phase3"];

    public static IReadOnlyList<string> SolarModels { get; } = ["gs98", "agss09"];

    /// <summary>Oscillation presets (SolarFlux.Oscillations.MixingPresets).</summary>
    public static IReadOnlyList<string> MixingPresets { get; } = ["pdg2016", "pdg2016-io", "nufit52"];

    /// <summary>Keys that override single mixing parameters (SolarFlux.Oscillations.MixingParameters).</summary>
    public static IReadOnlyList<string> MixingKeys { get; } =
        ["sin2_theta12", "sin2_theta13", "sin2_theta23", "dm21sq", "dm31sq", "delta_cp"];

    public static IReadOnlyList<string> PileupModels { get; } = ["convolution", "synthetic"];

    public static IReadOnlyList<string> MomentPriors { get; } = ["flat-mu", "flat-mu2"];

    /// <summary>Solar components: single species (SolarFlux.SpeciesNames) and the CNO group.</summary>
    public static IReadOnlyList<string> SolarComponents { get; } =
        ["pp", "Be7", "pep", "CNO", "B8", "hep", "N13", "O15", "F17"];

    /// <summary>Background components the detector model knows (physics.md §6).</summary>
    public static IReadOnlyList<string> Backgrounds { get; } =
        ["C14", "Kr85", "Bi210", "C11", "Po210", "ext_K40", "ext_Bi214", "ext_Tl208", "pileup"];

    public const string RateUnit = "cpd/100t";

    /// <summary>14C is given as an activity, as Borexino quotes it (physics.md §6: 40.0 +- 2.0 Bq/100t).</summary>
    public const string C14RateUnit = "Bq/100t";

    /// <summary>The response parameters: name, meaning, unit, allowed range (physics.md §6).</summary>
    public static IReadOnlyList<(string Name, string Description, string Unit, double Min, double Max)> ResponseParameters { get; } =
    [
        ("light_yield", "photoelectrons per MeV of electron-equivalent visible energy", "p.e./MeV", 1, 1e4),
        ("kb", "Birks quenching constant for electrons", "cm/MeV", 0, 0.1),
        ("cherenkov_fraction", "fraction f_Ch of Cherenkov light added above threshold", "1", 0, 1),
        ("resolution_v1", "excess variance factor v1 in sigma^2 = (1 + v1) N + sigma_T^2 N^2 + sigma_d^2", "1", -1, 10),
        ("resolution_sigma_t", "constant (relative) resolution term sigma_T", "1", 0, 1),
        ("resolution_sigma_d", "dark-noise width sigma_d", "estimator units", 0, 1e3),
        ("live_pmts", "number of live PMTs N_live (N_pmts saturation)", "PMTs", 1, 1e4),
        ("po210_position", "electron-equivalent visible energy of the 210Po alpha peak", "MeV", 0.1, 1),
        ("po210_width", "extra Gaussian width of the 210Po peak", "MeV", 0, 0.5),
        ("c11_shift", "shift of the starting point of the 11C spectrum", "MeV", -0.5, 0.5),
        ("c14_shape_a", "14C shape-factor slope a in 1 + a T", "1/MeV", -10, 10),
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
        ("template", Text("file with the component's spectrum (EnergyHistogram text format), relative to the config file; required for names the program does not know")));

    private static ObjectSchema BuildRoot()
    {
        var dataset = new ObjectSchema("the measured spectrum", true,
            ("path", Text("data file, relative to the config file", required: true)),
            ("format", Choice("file format: the project's binned format or Borexino's public spectra", DatasetFormats, "spectralfit")),
            ("observable", new ObjectSchema("fit window in units of the estimator (e.g. N_h hits)", false,
                ("min", Num("lower edge of the fit window", "estimator units", required: true, min: 0)),
                ("max", Num("upper edge of the fit window", "estimator units", required: true, min: 0)))),
            ("rebin", new ScalarSchema(ScalarKind.Integer, "merge this many adjacent bins", null, "1", minimum: 1, maximum: 1000)));

        var exposure = new ObjectSchema("exposure of the dataset (day x 100 t = live_days x fiducial_mass_t / 100)", true,
            ("live_days", Num("live time", "day", required: true, min: 0)),
            ("fiducial_mass_t", Num("fiducial mass", "t", "71.3", min: 0)));

        var mixingOverrides = new ObjectSchema("single mixing parameters replacing the preset's", false,
            [.. MixingKeys.Select(k => (k, (SchemaNode)Num($"{k} (SolarFlux MixingParameters)", k.StartsWith("dm") ? "eV^2" : k == "delta_cp" ? "rad" : "1")))]);

        var solar = new ObjectSchema("solar model and oscillations", false,
            ("ssm", Choice("standard solar model (metallicity) for fluxes and SSM-fixed rates: gs98 = HZ, agss09 = LZ", SolarModels, "gs98")),
            ("mixing", new ObjectSchema("oscillation parameters", false,
                ("preset", Choice("named set of mixing parameters", MixingPresets, "pdg2016")),
                ("overrides", mixingOverrides))),
            ("table", Text("optional external table of fluxes/rates, relative to the config file")));

        var components = new MapSchema("spectral components fitted to the data", true, "<component>", Component(),
            [.. SolarComponents, .. Backgrounds], otherNamesAllowed: true);

        var response = new ObjectSchema("detector-response parameters (absent ones keep the detector model's default)", false,
            [.. ResponseParameters.Select(p => (p.Name, (SchemaNode)Parameter(p.Description, p.Unit, p.Min, p.Max)))]);

        var pileup = new ObjectSchema("pile-up model", false,
            ("model", Choice("convolution with the 14C spectrum, or a synthetic template", PileupModels, "convolution")),
            ("template", Text("synthetic pile-up template file, relative to the config file (model synthetic only)")));

        var moment = new ObjectSchema("neutrino magnetic moment mu_eff, the parameter of interest", false,
            ("reference", Num("moment at which the signal template is computed (signal scales as mu^2)", "mu_B", "1e-11", min: 1e-13, max: 1e-8)),
            ("scan", new ObjectSchema("grid of the profile likelihood scan", false,
                ("min", Num("first scan point (must be <= 0 so the scan contains mu = 0)", "mu_B", "0", min: -1e-8, max: 1e-8)),
                ("max", Num("last scan point (> 0)", "mu_B", "1e-10", min: -1e-8, max: 1e-8)),
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
            ("directory", Text("output directory, relative to the working directory", defaultValue: "results")),
            ("json", Flag("write machine-readable results (JSON)", "true")),
            ("plots", Flag("write SVG plots", "true")),
            ("html", Flag("write the self-contained HTML report", "true")));

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
