using System.Collections.ObjectModel;

namespace SolarFlux.Solar;

/// <summary>
/// A solar model as the survival probabilities need it: the electron density n_e(r), the radial
/// production region of each species (as a quadrature, <see cref="ProductionZones"/>) and the fluxes.
/// <see cref="Standard"/> uses the project's own fit of B16 (<see cref="B16Parametrization"/>);
/// <see cref="FromTable"/> reads an external B16-format nudistr table. Immutable and thread-safe.
/// </summary>
public sealed class SolarModel
{
    /// <summary>Number of radial zones of the quadrature of each species' production region in <see cref="Standard"/>.</summary>
    public const int StandardZoneCount = 200;

    private readonly ReadOnlyCollection<ProductionZone>[] _zones;
    private readonly Func<double, double> _electronDensity;

    private SolarModel(SolarModelName name, string description, ProductionZone[][] zones, Func<double, double> electronDensity)
    {
        Name = name;
        Description = description;
        Fluxes = SsmFluxes.B16(name);
        _zones = zones.Select(z => Array.AsReadOnly(z)).ToArray();
        _electronDensity = electronDensity;
    }

    /// <summary>Which B16 model (composition) the fluxes and profiles belong to.</summary>
    public SolarModelName Name { get; }

    /// <summary>Where the radial profiles come from, e.g. "B16-GS98 (parametrization)" or the table path.</summary>
    public string Description { get; }

    public SsmFluxes Fluxes { get; }

    /// <summary>Production region of the species: zones with weights summing to 1.</summary>
    public IReadOnlyList<ProductionZone> ProductionZones(NeutrinoSpecies species) => _zones[(int)species];

    /// <summary>Electron density n_e [N_A cm^-3] at radius r [R_sun], 0 &lt;= r &lt;= 0.5.</summary>
    public double ElectronDensity(double radius) => _electronDensity(radius);

    private static readonly SolarModel StandardGs98 = BuildStandard(SolarModelName.Gs98);
    private static readonly SolarModel StandardAgss09 = BuildStandard(SolarModelName.Agss09);

    /// <summary>B16 model from the project's own parametrization (no external files needed).</summary>
    public static SolarModel Standard(SolarModelName name) => name switch
    {
        SolarModelName.Gs98 => StandardGs98,
        SolarModelName.Agss09 => StandardAgss09,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    /// <summary>
    /// A model whose radial profiles are read from a B16-format nudistr table; the fluxes are those of
    /// <paramref name="fluxes"/>. Missing or malformed files throw <see cref="Common.UserInputException"/>.
    /// </summary>
    public static SolarModel FromTable(string nudistrPath, SolarModelName fluxes)
    {
        var table = NudistrTable.Read(nudistrPath);
        var zones = new ProductionZone[SpeciesNames.All.Count][];
        for (int k = 0; k < zones.Length; k++)
        {
            double[] f = table.Production[k];
            double total = f.Sum();
            zones[k] = Enumerable.Range(0, f.Length)
                .Where(i => f[i] > 0)
                .Select(i => new ProductionZone(table.Radius[i], table.ElectronDensity[i], f[i] / total))
                .ToArray();
        }
        return new SolarModel(fluxes, nudistrPath, zones, r => InterpolateLogLinear(table.Radius, table.ElectronDensity, r));
    }

    private static SolarModel BuildStandard(SolarModelName name)
    {
        var zones = new ProductionZone[SpeciesNames.All.Count][];
        foreach (var species in SpeciesNames.All)
        {
            // Midpoint rule over [0, r_end]; weights proportional to dPhi/dr.
            double rEnd = Math.Min(B16Parametrization.ProductionRangeEnd(name, species), B16Parametrization.MaxRadius);
            double dr = rEnd / StandardZoneCount;
            var z = new ProductionZone[StandardZoneCount];
            double total = 0;
            for (int i = 0; i < z.Length; i++)
            {
                double r = (i + 0.5) * dr;
                double w = B16Parametrization.ProductionDensity(name, species, r);
                z[i] = new ProductionZone(r, B16Parametrization.ElectronDensity(name, r), w);
                total += w;
            }
            for (int i = 0; i < z.Length; i++)
                z[i] = z[i] with { Weight = z[i].Weight / total };
            zones[(int)species] = z;
        }
        string label = name == SolarModelName.Gs98 ? "B16-GS98" : "B16-AGSS09met";
        return new SolarModel(name, $"{label} (SpectralFit parametrization)", zones,
            r => B16Parametrization.ElectronDensity(name, r));
    }

    /// <summary>Linear interpolation of log n_e in r, clamped to the table's range.</summary>
    private static double InterpolateLogLinear(double[] r, double[] ne, double radius)
    {
        if (radius <= r[0])
            return ne[0];
        if (radius >= r[^1])
            return ne[^1];
        int i = Array.BinarySearch(r, radius);
        if (i >= 0)
            return ne[i];
        int hi = ~i, lo = hi - 1;
        double t = (radius - r[lo]) / (r[hi] - r[lo]);
        return Math.Exp((1 - t) * Math.Log(ne[lo]) + t * Math.Log(ne[hi]));
    }
}
