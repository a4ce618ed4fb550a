using DetectorResponse.Backgrounds;
using DetectorResponse.Spectra;
using DetectorResponse.Templates;
using SolarFlux.Oscillations;
using SolarFlux.Solar;

namespace DetectorResponse.Simulation;

/// <summary>
/// Builds a component's <see cref="EventSpectrum"/> from its "spectrum" entry in a simulation config:
///   {"kind": "line", "energy": MeV, "particle": "alpha"}                      monoenergetic deposit
///   {"kind": "histogram", "file": "x.txt", "unit": "keV", "particle": "electron"}  true-energy histogram (E_lo E_hi density)
///   {"kind": "beta", "isotope": "C14", "shapeSlope": 1.24}                   built-in beta shapes (C14, Kr85, Bi210, C11)
///   {"kind": "recoil", "species": "pp", "ssm": "gs98", "mixing": "pdg2016", "magneticMoment": 0}  solar nu-e recoil electrons
///   {"kind": "external", "source": "K40"}                                      external gammas (K40, Bi214, Tl208), electron-equivalent shape
/// particle: electron (default), positron (adds the two 511 keV annihilation gammas), alpha, gamma.
/// </summary>
internal static class SpectrumSpec
{
    public static readonly string[] Particles = ["electron", "positron", "alpha", "gamma"];

    public static EventSpectrum Build(ConfigNode node, VisibleLight light, string baseDirectory)
    {
        node.RequireObject();
        string kind = node.Required("kind").String();
        switch (kind)
        {
            case "line":
            {
                node.AllowOnly("kind", "energy", "particle");
                double energy = node.Required("energy").InRange(1e-6, 20, "MeV");
                var (visible, offset, particle) = Particle(node, light);
                return EventSpectrum.Line(energy, visible, offset, $"{particle} line {energy} MeV");
            }
            case "histogram":
            {
                node.AllowOnly("kind", "file", "unit", "particle");
                var fileNode = node.Required("file");
                string file = fileNode.String();
                string full = Path.IsPathRooted(file) ? file : Path.Combine(baseDirectory, file);
                double scale = (node.Child("unit")?.String() ?? "MeV") switch
                {
                    "MeV" => 1,
                    "keV" => 1e-3,
                    var u => throw node.Required("unit").Error($"expected \"MeV\" or \"keV\", got \"{u}\""),
                };
                var h = TemplateFile.Load(full);
                var edges = h.Edges.ToArray().Select(e => e * scale).ToArray();
                if (edges[0] < 0 || edges[^1] > 20)
                    throw fileNode.Error($"{full}: true energies must lie in 0-20 MeV, got {edges[0]}-{edges[^1]} MeV");
                var (visible, offset, particle) = Particle(node, light);
                return new EventSpectrum(new EnergyHistogram(edges, h.Contents.ToArray(), full), visible, offset, $"{particle} spectrum from {file}");
            }
            case "beta":
            {
                node.AllowOnly("kind", "isotope", "shapeSlope");
                var isotopeNode = node.Required("isotope");
                string isotope = isotopeNode.String();
                if (node.Child("shapeSlope") is { } slopeNode && isotope != "C14")
                    throw slopeNode.Error("shapeSlope applies to C14 only");
                var beta = isotope switch
                {
                    "C14" => BackgroundBetaSpectra.Carbon14(node.Child("shapeSlope")?.InRange(-10, 10, "1/MeV") ?? BackgroundBetaSpectra.C14DefaultShapeSlope),
                    "Kr85" => BackgroundBetaSpectra.Krypton85(),
                    "Bi210" => BackgroundBetaSpectra.Bismuth210(),
                    "C11" => BackgroundBetaSpectra.Carbon11(),
                    _ => throw isotopeNode.Error($"unknown isotope \"{isotope}\" (expected C14, Kr85, Bi210, C11)"),
                };
                const int bins = 400;
                var edges = Enumerable.Range(0, bins + 1).Select(i => beta.QValue * i / bins).ToArray();
                var histogram = beta.ToHistogram(edges);
                bool positron = isotope == "C11";
                return new EventSpectrum(histogram, positron ? light.Positron : light.Electron,
                    positron ? light.AnnihilationLight() : 0, $"{isotope} beta spectrum");
            }
            case "recoil":
            {
                node.AllowOnly("kind", "species", "ssm", "mixing", "magneticMoment");
                string species = node.Required("species").String();
                var ssmNode = node.Child("ssm");
                var mixingNode = node.Child("mixing");
                SolarModelName ssm;
                MixingParameters mixing;
                try
                {
                    ssm = SolarModelNames.Parse(ssmNode?.String() ?? "gs98");
                    mixing = MixingPresets.Get(mixingNode?.String() ?? MixingPresets.Default);
                }
                catch (SolarFlux.Common.UserInputException e)
                {
                    throw node.Error(e.Message);
                }
                double moment = node.Child("magneticMoment")?.InRange(0, 1e-8, "mu_B") ?? 0;
                EnergyHistogram h;
                try
                {
                    h = SolarRecoilShapes.Build(species, ssm, mixing, moment);
                }
                catch (SolarFlux.Common.UserInputException e)
                {
                    throw node.Required("species").Error(e.Message);
                }
                return new EventSpectrum(h, light.Electron, 0, h.Source);
            }
            case "external":
            {
                node.AllowOnly("kind", "source");
                var sourceNode = node.Required("source");
                string source = sourceNode.String();
                var gamma = source switch
                {
                    "K40" => ExternalGammaSource.K40,
                    "Bi214" => ExternalGammaSource.Bi214,
                    "Tl208" => ExternalGammaSource.Tl208,
                    _ => throw sourceNode.Error($"unknown external gamma source \"{source}\" (expected K40, Bi214, Tl208)"),
                };
                var h = ExternalGammaShape.For(gamma).Histogram(light.Gammas, light.CherenkovFraction, 1);
                return new EventSpectrum(h, light.Electron, 0, $"external {source} gammas (electron-equivalent)");
            }
            default:
                throw node.Required("kind").Error($"unknown spectrum kind \"{kind}\" (expected line, histogram, beta, recoil or external)");
        }
    }

    private static (Func<double, double> Visible, double Offset, string Particle) Particle(ConfigNode node, VisibleLight light)
    {
        string particle = node.Child("particle")?.String() ?? "electron";
        if (!Particles.Contains(particle))
            throw node.Required("particle").Error($"unknown particle \"{particle}\" (expected {string.Join(", ", Particles)})");
        double offset = particle == "positron" ? light.AnnihilationLight() : 0;
        return (light.For(particle), offset, particle);
    }
}
