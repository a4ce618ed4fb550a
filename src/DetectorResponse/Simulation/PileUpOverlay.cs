using SolarFlux.Common;

namespace DetectorResponse.Simulation;

/// <summary>
/// Pile-up in the Monte Carlo (physics.md §6): two events inside one clustering window read as one.
/// Each pile-up event overlays a first event, drawn from all simulated components in proportion to
/// their rates, and a random-trigger event (e.g. 14C), drawn from <see cref="RandomTrigger"/>; their
/// light adds before the estimators are formed, so saturation acts on the sum.
/// The rate counts pairs whose first event fires the trigger alone (visible energy &gt;= <see cref="TriggerThreshold"/>),
/// Borexino's definition (its synthetic pile-up overlays random data on TRIGGERED events) and the one the fit's pile-up
/// templates use (<see cref="PileUp.PileUpConvolution.BorexinoTriggerThreshold"/>); first events below it are redrawn.
/// </summary>
/// <param name="Rate">Rate of overlaid pairs [cpd/100t], e.g. 137.5 +- 2.8 (Borexino PRD 100, 082004 (2019)).</param>
/// <param name="RandomTrigger">Spectrum of the second event (the 14C / random-trigger spectrum).</param>
public sealed record PileUpOverlay(double Rate, EventSpectrum RandomTrigger)
{
    public double Rate { get; } = UserInputException.RequireNonNegative(Rate, "pile-up rate [cpd/100t]");

    /// <summary>Visible energy [MeV] the first event must reach on its own; default Borexino's ~50 keV trigger.</summary>
    public double TriggerThreshold { get; init; } = PileUp.PileUpConvolution.BorexinoTriggerThreshold;
}
