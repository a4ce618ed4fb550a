namespace SolarFlux.Gallium;

/// <summary>
/// Predicted 71Ga capture rate of one species [SNU] with its 1-sigma uncertainties [SNU]: from the flux
/// (SSM fractional uncertainty) and from the capture cross section (half the spread between the rates with the
/// cross section at its upper and lower 1-sigma bounds).
/// </summary>
public sealed record GalliumSpeciesRate(NeutrinoSpecies Species, double Rate, double FluxUncertainty, double CrossSectionUncertainty);
