namespace DetectorResponse.Simulation;

/// <summary>A species in the simulation: its name, rate [cpd/100t] and what each event deposits.</summary>
public sealed record SimulationComponent(string Name, double Rate, EventSpectrum Spectrum);
