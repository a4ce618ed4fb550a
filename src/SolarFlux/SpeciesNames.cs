using SolarFlux.Common;

namespace SolarFlux;

/// <summary>
/// The names users type for species (`pp`, `pep`, `hep`, `Be7`, `B8`, `N13`, `O15`, `F17`)
/// and the `CNO` group (13N + 15O + 17F).
/// </summary>
public static class SpeciesNames
{
    public const string Cno = "CNO";

    public static IReadOnlyList<NeutrinoSpecies> All { get; } = Enum.GetValues<NeutrinoSpecies>();

    public static IReadOnlyList<NeutrinoSpecies> CnoMembers { get; } =
        [NeutrinoSpecies.N13, NeutrinoSpecies.O15, NeutrinoSpecies.F17];

    public static string ToName(NeutrinoSpecies species) => species switch
    {
        NeutrinoSpecies.Pp => "pp",
        NeutrinoSpecies.Pep => "pep",
        NeutrinoSpecies.Hep => "hep",
        NeutrinoSpecies.Be7 => "Be7",
        NeutrinoSpecies.B8 => "B8",
        NeutrinoSpecies.N13 => "N13",
        NeutrinoSpecies.O15 => "O15",
        NeutrinoSpecies.F17 => "F17",
        _ => throw new ArgumentOutOfRangeException(nameof(species), species, null),
    };

    /// <summary>Parses a single species name (case-insensitive; `7Be`, `8B`, `13N`, ... also accepted).</summary>
    /// <param name="name">The name as typed.</param>
    /// <param name="what">What the name is, for the error message (an option or a config key).</param>
    public static NeutrinoSpecies Parse(string name, string what = "species")
    {
        if (TryParse(name, out var species))
            return species;
        throw new UserInputException(
            $"{what}: unknown species '{name}'; expected one of {string.Join(", ", All.Select(ToName))}");
    }

    public static bool TryParse(string? name, out NeutrinoSpecies species)
    {
        species = default;
        if (string.IsNullOrWhiteSpace(name))
            return false;
        string key = name.Trim().ToLowerInvariant();
        NeutrinoSpecies? found = key switch
        {
            "pp" => NeutrinoSpecies.Pp,
            "pep" => NeutrinoSpecies.Pep,
            "hep" => NeutrinoSpecies.Hep,
            "be7" or "7be" => NeutrinoSpecies.Be7,
            "b8" or "8b" => NeutrinoSpecies.B8,
            "n13" or "13n" => NeutrinoSpecies.N13,
            "o15" or "15o" => NeutrinoSpecies.O15,
            "f17" or "17f" => NeutrinoSpecies.F17,
            _ => null,
        };
        if (found is null)
            return false;
        species = found.Value;
        return true;
    }
}
