using System.Text.Json;
using DetectorResponse.Quenching;
using DetectorResponse.Spectra;
using DetectorResponse.Templates;
using SolarFlux.Common;

namespace DetectorResponse.Simulation;

/// <summary>
/// Reads the JSON configuration of `spectralfit simulate` (documented in configs/README.md, section
/// detector): "detector" (response parameters), "estimators" (integer bins per estimator),
/// "components" (name, rate [cpd/100t], spectrum) and optional "pileup" (rate, randomTrigger).
/// Spectrum kinds: "line" (energy [MeV], particle), "histogram" (file of E_lo E_hi density rows in
/// true energy, unit keV or MeV, particle) and "beta" (isotope, built-in beta shapes).
/// Every mistake is a UserInputException naming the file and the key.
/// </summary>
public static class SimulationConfigFile
{
    public static SimulationSetup Load(string path)
    {
        if (!File.Exists(path))
            throw new UserInputException($"{path}: config file not found");
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(File.ReadAllText(path),
                new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new UserInputException($"{path}:{(e.LineNumber ?? 0) + 1}: not valid JSON ({e.Message.Split('.')[0]})");
        }
        using (doc)
        {
            var root = new ConfigNode(path, "", doc.RootElement);
            root.RequireObject();
            root.AllowOnly("detector", "estimators", "components", "pileup");
            string baseDir = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";

            var detector = DetectorSettings.Read(root.Child("detector"));
            var light = detector.Light();
            var (estimators, binning) = ReadEstimators(root.Required("estimators"), detector);

            var components = new List<SimulationComponent>();
            var spectra = new Dictionary<string, string>();
            var list = root.Required("components");
            int index = 0;
            foreach (var c in list.Items())
            {
                c.AllowOnly("name", "rate", "spectrum");
                string name = c.Required("name").String();
                if (spectra.ContainsKey(name))
                    throw c.Error($"component name '{name}' is used twice");
                double rate = c.Required("rate").NonNegative();
                var spectrumNode = c.Required("spectrum");
                var spectrum = SpectrumSpec.Build(spectrumNode, light, baseDir);
                components.Add(new SimulationComponent(name, rate, spectrum));
                spectra[name] = spectrumNode.Raw();
                index++;
            }
            if (index == 0)
                throw list.Error("at least one component is needed");

            PileUpOverlay? pileUp = null;
            if (root.Child("pileup") is { } pu)
            {
                pu.AllowOnly("rate", "randomTrigger", "triggerThreshold");
                string trigger = pu.Required("randomTrigger").String();
                var source = components.FirstOrDefault(c => c.Name == trigger)
                    ?? throw pu.Error($"randomTrigger '{trigger}' is not a component name ({string.Join(", ", components.Select(c => c.Name))})");
                pileUp = new PileUpOverlay(pu.Required("rate").NonNegative(), source.Spectrum);
                if (pu.Child("triggerThreshold") is { } threshold)
                    pileUp = pileUp with { TriggerThreshold = threshold.InRange(0, 1, "MeV") };
            }

            return new SimulationSetup(new DetectorMonteCarlo(estimators), components, pileUp, binning, detector.Values, spectra);
        }
    }

    private static (List<SimulatedEstimator>, Dictionary<string, double[]>) ReadEstimators(ConfigNode node, DetectorSettings detector)
    {
        node.RequireObject();
        var estimators = new List<SimulatedEstimator>();
        var binning = new Dictionary<string, double[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, e) in node.Properties())
        {
            e.AllowOnly("first", "last");
            var estimator = detector.Estimator(name, e);
            int first = e.Required("first").Integer();
            int last = e.Required("last").Integer();
            if (last < first)
                throw e.Error($"last ({last}) must be >= first ({first})");
            binning[estimator.Name] = Enumerable.Range(first, last - first + 2).Select(n => n - 0.5).ToArray();
            estimators.Add(estimator);
        }
        if (estimators.Count == 0)
            throw node.Error("at least one estimator is needed");
        return (estimators, binning);
    }
}
