namespace SolarFlux.Solar;

/// <summary>
/// One node of the quadrature of a species' production region.
/// </summary>
/// <param name="Radius">Radius [R_sun].</param>
/// <param name="ElectronDensity">Electron density n_e [N_A cm^-3] at that radius.</param>
/// <param name="Weight">Fraction of the species' neutrinos produced in this zone (weights sum to 1).</param>
public readonly record struct ProductionZone(double Radius, double ElectronDensity, double Weight);
