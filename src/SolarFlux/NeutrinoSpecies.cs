namespace SolarFlux;

/// <summary>Solar neutrino species of the pp chain and the CNO cycle (physics.md §2).</summary>
public enum NeutrinoSpecies
{
    Pp,
    Pep,
    Hep,
    Be7,
    B8,
    N13,
    O15,
    F17,
}
