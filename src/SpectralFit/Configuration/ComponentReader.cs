using SolarFlux;
using SpectralFit.Configuration.Schema;

namespace SpectralFit.Configuration;

/// <summary>Reads one entry of "components": checks its name (solar species, known background or file template) and its rate.</summary>
internal static class ComponentReader
{
    public static ComponentSpec Read(ConfigNode node, string key, string baseDir)
    {
        var template = ReadTemplate(node, baseDir);
        var (name, kind, species) = Identify(node, key, template is not null);
        bool toSsm = node.Boolean("fixed_to_ssm");
        string unit = name == "C14" ? FitSchema.C14RateUnit : FitSchema.RateUnit;

        if (toSsm)
        {
            if (kind != ComponentKind.Solar)
                throw node.Error("fixed_to_ssm", "only solar components can be fixed to the SSM; give init instead");
            foreach (string k in new[] { "init", "min", "max", "pull" })
            {
                if (node.Has(k))
                    throw node.Error(k, "not used when fixed_to_ssm is true (the SSM gives the rate); remove it or set fixed_to_ssm: false");
            }
            return new ComponentSpec(name, kind, species, null, true, template);
        }

        if (!node.Has("init"))
            throw node.Error("init", $"required key missing: the initial rate in {unit}; add it (or fixed_to_ssm: true for a solar species)");
        var rate = ParameterReader.Read(node, unit, node.Number("init"), 0, double.PositiveInfinity);
        return new ComponentSpec(name, kind, species, rate, false, template, ReadShares(node, name, kind));
    }

    /// <summary>The shares of component "external" (required there, refused elsewhere), normalized to their sum.</summary>
    private static IReadOnlyDictionary<string, double>? ReadShares(ConfigNode node, string name, ComponentKind kind)
    {
        bool external = name == "external" && kind == ComponentKind.Background;
        if (!node.Has("shares"))
            return external
                ? throw node.Error("shares", $"required key missing: the relative rates of {string.Join(", ", FitSchema.ExternalGammas)} " +
                    "that this one component adds, e.g. {\"ext_K40\": 0.31, \"ext_Bi214\": 0.47, \"ext_Tl208\": 2.27}")
                : null;
        if (!external)
            throw node.Error("shares", "only component \"external\" combines shapes with shares; remove it");
        var shares = node.Child("shares")!;
        var raw = FitSchema.ExternalGammas.ToDictionary(g => g, g => shares.Has(g) ? shares.Number(g) : 0.0);
        double sum = raw.Values.Sum();
        if (!(sum > 0) || !double.IsFinite(sum))
            throw node.Error("shares", $"the shares must be >= 0 and not all 0 (got {string.Join(", ", raw.Select(r => $"{r.Key} {r.Value}"))})");
        return raw.ToDictionary(r => r.Key, r => r.Value / sum);
    }

    /// <summary>The template file with its axis (required) and energy unit (electron_energy only), or null without a template.</summary>
    private static TemplateSpec? ReadTemplate(ConfigNode node, string baseDir)
    {
        string? path = node.OptionalExistingFile("template", baseDir, "component template");
        if (path is null)
        {
            foreach (string k in new[] { "axis", "energy_unit" })
            {
                if (node.Has(k))
                    throw node.Error(k, "only used with a template file; remove it or add \"template\"");
            }
            return null;
        }
        if (!node.Has("axis"))
            throw node.Error("axis", "required key missing for a template component: what the file is binned in; add \"observable\" " +
                "(the dataset's estimator units, e.g. N_h hits) or \"electron_energy\" (deposited electron kinetic energy, folded with the detector response)");
        var axis = node.Choice("axis") == "observable" ? TemplateEnergyAxis.Observable : TemplateEnergyAxis.ElectronEnergy;
        if (axis == TemplateEnergyAxis.Observable)
        {
            if (node.Has("energy_unit"))
                throw node.Error("energy_unit", "not used with axis \"observable\" (the file is in the dataset's estimator units); remove it, or set axis \"electron_energy\" for a file in keV/MeV of electron energy");
            return new TemplateSpec(path, axis, null);
        }
        return new TemplateSpec(path, axis, node.Choice("energy_unit"));
    }

    private static (string Name, ComponentKind Kind, IReadOnlyList<NeutrinoSpecies> Species) Identify(
        ConfigNode node, string key, bool hasTemplate)
    {
        if (string.Equals(key, SpeciesNames.Cno, StringComparison.OrdinalIgnoreCase))
            return (SpeciesNames.Cno, ComponentKind.Solar, SpeciesNames.CnoMembers);
        if (SpeciesNames.TryParse(key, out var species))
        {
            string canonical = SpeciesNames.ToName(species);
            return (canonical, hasTemplate ? ComponentKind.Template : ComponentKind.Solar, new[] { species });
        }
        string? background = FitSchema.Backgrounds.FirstOrDefault(b => string.Equals(b, key, StringComparison.OrdinalIgnoreCase));
        if (background is not null)
            return (background, hasTemplate ? ComponentKind.Template : ComponentKind.Background, Array.Empty<NeutrinoSpecies>());
        if (hasTemplate)
            return (key, ComponentKind.Template, Array.Empty<NeutrinoSpecies>());
        throw node.Error(
            $"unknown species/background '{key}'{Spelling.Suggest(key, FitSchema.SolarComponents.Concat(FitSchema.Backgrounds))}; expected a solar species ({string.Join(", ", FitSchema.SolarComponents)}), " +
            $"a background ({string.Join(", ", FitSchema.Backgrounds)}), or a custom component with a \"template\" file");
    }
}
