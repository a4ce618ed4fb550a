using System.Collections.ObjectModel;
using DetectorResponse.Estimators;
using Microsoft.Extensions.Configuration;
using SolarFlux;
using SolarFlux.Common;
using SolarFlux.Oscillations;
using SpectralFit.Configuration.Schema;

namespace SpectralFit.Configuration;

/// <summary>
/// Second validation stage: the meaning of a structure-checked configuration (allowed ranges,
/// min &lt;= init &lt;= max, a scan containing 0, known component names, existing files), producing the
/// immutable <see cref="FitConfiguration"/>.
/// </summary>
public static class FitConfigurationReader
{
    public static FitConfiguration Read(IConfiguration configuration, ConfigurationSnapshot snapshot)
    {
        var root = new ConfigNode(configuration, FitSchema.Root, "", snapshot.SourcePath);
        string baseDir = snapshot.BaseDirectory;
        string name = root.OptionalString("name") ?? Path.GetFileNameWithoutExtension(snapshot.SourcePath);

        var estimator = EnergyEstimatorNames.Parse(root.Choice("estimator"));
        var dataset = ReadDataset(root.ChildOrDefaults("dataset"), baseDir, EnergyEstimatorNames.Name(estimator));
        var exposure = ReadExposure(root);
        var solar = ReadSolar(root.ChildOrDefaults("solar"), baseDir);
        var components = ReadComponents(root, baseDir);
        var response = ReadResponse(root.ChildOrDefaults("response"));
        var pileup = ReadPileup(root.ChildOrDefaults("pileup"), baseDir);
        var moment = ReadMoment(root.ChildOrDefaults("magnetic_moment"));
        var gallium = ReadGallium(root.ChildOrDefaults("constraints").ChildOrDefaults("gallium"));
        var axes = ReadAxes(root.ChildOrDefaults("systematics"));
        var outputsNode = root.ChildOrDefaults("outputs");
        var outputs = new OutputSpec(outputsNode.String("directory"), outputsNode.Boolean("json"),
            outputsNode.Boolean("plots"), outputsNode.Boolean("html"));

        return new FitConfiguration(name, dataset, exposure, estimator, solar, components, response, pileup,
            moment, gallium, axes, outputs, snapshot);
    }

    private static ExposureSpec ReadExposure(ConfigNode root)
    {
        var node = root.ChildOrDefaults("exposure");
        double efficiency = node.Number("efficiency");
        if (efficiency <= 0)
            throw node.Error("efficiency", "expected a fraction > 0 (at most 1)");
        return new ExposureSpec(Positive(node, "live_days"), Positive(node, "fiducial_mass_t"), efficiency);
    }

    private static double Positive(ConfigNode node, string key)
    {
        double v = node.Number(key);
        if (v <= 0)
            throw node.Error(key, $"expected a value > 0, got {ConfigNode.Format(v)}");
        return v;
    }

    /// <summary>The placeholder in dataset:path replaced by the estimator's name (one file per estimator).</summary>
    public const string EstimatorPlaceholder = "{estimator}";

    private static DatasetSpec ReadDataset(ConfigNode node, string baseDir, string estimatorName)
    {
        var format = node.Choice("format") switch
        {
            "spectralfit" => DatasetFormat.SpectralFit,
            "borexino-phase2" => DatasetFormat.BorexinoPhase2,
            _ => DatasetFormat.BorexinoPhase3,
        };
        string written = node.String("path");
        string resolved = written.Replace(EstimatorPlaceholder, estimatorName, StringComparison.Ordinal);
        string path = Path.GetFullPath(Path.Combine(baseDir, resolved));
        if (!File.Exists(path))
            throw node.Error("path", $"dataset file '{resolved}' not found (looked for {path}); paths are relative to the config file's folder");
        ObservableWindow? window = null;
        if (node.Child("observable") is { } obs)
        {
            double min = obs.Number("min"), max = obs.Number("max");
            if (!(min < max))
                throw obs.Error($"min ({ConfigNode.Format(min)}) must be < max ({ConfigNode.Format(max)}); fix the fit window");
            window = new ObservableWindow(min, max);
        }
        PmtNormalizationSpec? normalization = null;
        if (node.Child("pmt_normalization") is { } pn)
        {
            int min = pn.Integer("live_pmts_min"), max = pn.Integer("live_pmts_max");
            if (max < min)
                throw pn.Error($"live_pmts_max ({max}) must be >= live_pmts_min ({min})");
            normalization = new PmtNormalizationSpec(pn.Number("reference_pmts"), min, max);
        }
        return new DatasetSpec(path, written, format, window, node.Integer("rebin"), normalization);
    }

    private static SolarSpec ReadSolar(ConfigNode node, string baseDir)
    {
        var model = node.Choice("ssm") is "gs98" or "hz" ? SolarModel.Gs98 : SolarModel.Agss09;
        var mixing = node.ChildOrDefaults("mixing");
        var overrides = new Dictionary<string, double>();
        string preset = mixing.Choice("preset");
        var parameters = MixingPresets.Get(preset, mixing.PathOf("preset"));
        foreach (string key in FitSchema.MixingKeys)
        {
            if (mixing.OptionalNumber(key) is not double v)
                continue;
            overrides[key] = v;
            try
            {
                parameters = parameters.With(key, v);
            }
            catch (UserInputException e)
            {
                throw mixing.Error(key, e.Message);
            }
        }
        return new SolarSpec(model, preset, new ReadOnlyDictionary<string, double>(overrides), parameters,
            node.OptionalExistingFile("table", baseDir, "solar table"));
    }

    private static IReadOnlyList<ComponentSpec> ReadComponents(ConfigNode root, string baseDir)
    {
        var map = (MapSchema)FitSchema.Root.Member("components")!;
        var list = new List<ComponentSpec>();
        foreach (var entry in root.Section("components").GetChildren())
        {
            if (StructureValidator.IsComment(entry.Key))
                continue;
            var node = new ConfigNode(entry, map.Entry, "components:" + entry.Key, root.Source);
            list.Add(ComponentReader.Read(node, entry.Key, baseDir));
        }
        var duplicate = list.GroupBy(c => c.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw root.Error("components", $"component '{duplicate.Key}' is given twice under different spellings; keep one");
        if (list.Count == 0)
            throw root.Error("components", "no components; add at least one");
        if (list.Any(c => c.Name == "external") && list.FirstOrDefault(c => FitSchema.ExternalGammas.Contains(c.Name)) is { } single)
            throw root.Error("components", $"'external' and '{single.Name}' both describe the external gammas (external adds " +
                $"{string.Join(", ", FitSchema.ExternalGammas)} with fixed shares); keep one description");
        return list.AsReadOnly();
    }

    private static ResponseSpec ReadResponse(ConfigNode node)
    {
        var parameters = new Dictionary<string, ParameterSpec>();
        foreach (var p in FitSchema.ResponseParameters)
        {
            if (node.Child(p.Name) is { } child)
                parameters[p.Name] = ParameterReader.Read(child, p.Unit, p.Min, p.Max);
        }
        bool po210WithResolution = node.Choice("po210_peak") != "free-width";
        // A whole-width peak needs a width > 0 everywhere the fit may take it (the default start 0.037 is).
        if (!po210WithResolution && parameters.TryGetValue("po210_width", out var width) && (width.Fixed ? width.Init : width.Min) <= 0)
            throw node.Error("po210_width", "with po210_peak = free-width the width is the whole peak width and must stay > 0; " +
                "give it a minimum (or a fixed value) > 0, e.g. 0.005");
        return new ResponseSpec(new ReadOnlyDictionary<string, ParameterSpec>(parameters), node.Choice("kernel") == "counting-skew",
            po210WithResolution);
    }

    private static PileupSpec ReadPileup(ConfigNode node, string baseDir)
    {
        var model = node.Choice("model") == "convolution" ? PileupModel.Convolution : PileupModel.Synthetic;
        string? template = node.OptionalExistingFile("template", baseDir, "pile-up template");
        if (template is not null && model == PileupModel.Convolution)
            throw node.Error("template", "a template is only used with model \"synthetic\"; remove it or set pileup:model=synthetic");
        return new PileupSpec(model, template);
    }

    private static MagneticMomentSpec ReadMoment(ConfigNode node)
    {
        double reference = node.Number("reference");
        var scanNode = node.ChildOrDefaults("scan");
        double min = scanNode.Number("min"), max = scanNode.Number("max");
        if (!(min < max))
            throw scanNode.Error($"min ({ConfigNode.Format(min)}) must be < max ({ConfigNode.Format(max)}); fix the scan range");
        if (min > 0 || max <= 0)
            throw scanNode.Error($"the scan [{ConfigNode.Format(min)}, {ConfigNode.Format(max)}] mu_B must contain mu = 0 (min <= 0 < max), the no-moment hypothesis; e.g. min = 0");
        var prior = node.Choice("prior") == "flat-mu" ? MomentPrior.FlatMu : MomentPrior.FlatMu2;
        return new MagneticMomentSpec(reference, new MomentScan(min, max, scanNode.Integer("points")), prior);
    }

    private static GalliumConstraintSpec ReadGallium(ConfigNode node)
    {
        double sigma = node.Number("sigma");
        if (sigma <= 0)
            throw node.Error("sigma", "expected an uncertainty > 0 SNU");
        return new GalliumConstraintSpec(node.Boolean("enabled"), node.Number("measured"), sigma,
            node.Number("cross_section"), node.Number("fiducial"));
    }

    private static IReadOnlyList<SystematicAxisSpec> ReadAxes(ConfigNode node) =>
        SystematicAxisReader.Read(node);
}
