using System.CommandLine;
using System.Globalization;
using SolarFlux.Common;
using SolarFlux.Oscillations;
using SolarFlux.Solar;

namespace SpectralFit.Cli.Commands;

/// <summary>
/// The options every command that needs solar neutrinos shares: --ssm, --mixing, --solar-table and
/// per-parameter mixing overrides (--sin2-theta12, --sin2-theta13, --sin2-theta23, --dm21sq, --dm31sq,
/// --delta-cp). Create one instance per command, <see cref="AddTo"/> it, then <see cref="Build"/>.
/// </summary>
public sealed class SolarOptions
{
    public Option<string> Ssm { get; } = new("--ssm")
    {
        Description = "Standard solar model (B16): gs98 (= hz, high metallicity) or agss09 (= agss09met, lz, low metallicity)",
        DefaultValueFactory = _ => "gs98",
        HelpName = "gs98|agss09",
    };

    public Option<string> Mixing { get; } = new("--mixing")
    {
        Description = $"Oscillation-parameter preset: {string.Join(", ", MixingPresets.Names)}",
        DefaultValueFactory = _ => MixingPresets.Default,
        HelpName = "PRESET",
    };

    public Option<string?> SolarTable { get; } = new("--solar-table")
    {
        Description = "B16-format nudistr table (r, T, log10 n_e, mass, 8 production fractions) to use instead of the built-in B16 parametrization; fluxes still follow --ssm",
        HelpName = "FILE",
    };

    /// <summary>Mixing overrides: (key of <see cref="MixingParameters.With"/>, option).</summary>
    public IReadOnlyList<(string Key, Option<double?> Option)> Overrides { get; } =
    [
        ("sin2_theta12", Override("--sin2-theta12", "sin^2 theta12, in [0, 1]")),
        ("sin2_theta13", Override("--sin2-theta13", "sin^2 theta13, in [0, 1]")),
        ("sin2_theta23", Override("--sin2-theta23", "sin^2 theta23, in [0, 1]")),
        ("dm21sq", Override("--dm21sq", "Delta m^2_21 [eV^2], > 0")),
        ("dm31sq", Override("--dm31sq", "Delta m^2_31 [eV^2], nonzero; sign = mass ordering")),
        ("delta_cp", Override("--delta-cp", "Dirac CP phase [rad]")),
    ];

    public void AddTo(Command command)
    {
        command.Options.Add(Ssm);
        command.Options.Add(Mixing);
        command.Options.Add(SolarTable);
        foreach (var (_, option) in Overrides)
            command.Options.Add(option);
    }

    /// <summary>The solar model and mixing parameters the options select; mistakes throw <see cref="UserInputException"/>.</summary>
    public (SolarModel Model, MixingParameters Mixing) Build(ParseResult parseResult)
    {
        var ssm = SolarModelNames.Parse(parseResult.GetValue(Ssm) ?? "", Ssm.Name);
        string? table = parseResult.GetValue(SolarTable);
        var model = table is null ? SolarModel.Standard(ssm) : SolarModel.FromTable(table, ssm);

        var mixing = MixingPresets.Get(parseResult.GetValue(Mixing) ?? "", Mixing.Name);
        foreach (var (key, option) in Overrides)
        {
            double? value = parseResult.GetValue(option);
            if (value is null)
                continue;
            try
            {
                mixing = mixing.With(key, value.Value);
            }
            catch (UserInputException e)
            {
                throw new UserInputException($"{option.Name}: {e.Message}", e);
            }
        }
        return (model, mixing);
    }

    /// <summary>A short label of the mixing choice, e.g. "pdg2016" or "pdg2016, sin2_theta12=0.31".</summary>
    public string MixingLabel(ParseResult parseResult)
    {
        var parts = new List<string> { (parseResult.GetValue(Mixing) ?? "").Trim().ToLowerInvariant() };
        foreach (var (key, option) in Overrides)
        {
            if (parseResult.GetValue(option) is double v)
                parts.Add($"{key}={v.ToString("R", CultureInfo.InvariantCulture)}");
        }
        return string.Join(", ", parts);
    }

    private static Option<double?> Override(string name, string what) =>
        new(name) { Description = $"Override the preset's {what}", HelpName = "VALUE" };
}
