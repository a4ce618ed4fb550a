namespace SolarFlux.Spectra;

/// <summary>A monochromatic neutrino line: energy [MeV] and the fraction of the species' flux in it.</summary>
public readonly record struct SpectralLine(double Energy, double Fraction);
