namespace SolarFlux.Oscillations;

/// <summary>Neutrino mass ordering: normal (m1 &lt; m2 &lt; m3, Delta m^2_31 &gt; 0) or inverted (m3 &lt; m1 &lt; m2).</summary>
public enum MassOrdering
{
    Normal,
    Inverted,
}
