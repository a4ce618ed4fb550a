using DetectorResponse.Spectra;
using DetectorResponse.Templates;

namespace DetectorResponse.Simulation;

/// <summary>
/// Builds a component's <see cref="EventSpectrum"/> from its "spectrum" entry in a simulation config:
///   {"kind": "line", "energy": MeV, "particle": "alpha"}                      monoenergetic deposit
///   {"kind": "histogram", "file": "x.txt", "unit": "keV", "particle": "electron"}  true-energy histogram (E_lo E_hi density)
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
            default:
                throw node.Required("kind").Error($"unknown spectrum kind \"{kind}\" (expected line or histogram)");
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
