using SolarFlux.Common;

namespace DetectorResponse.Simulation;

/// <summary>Draws a component in proportion to its rate (the first event of a pile-up pair).</summary>
public sealed class ComponentPicker
{
    private readonly IReadOnlyList<SimulationComponent> _components;
    private readonly double[] _cumulative;

    public ComponentPicker(IReadOnlyList<SimulationComponent> components)
    {
        double total = 0;
        foreach (var c in components)
            total += UserInputException.RequireNonNegative(c.Rate, $"{c.Name}: rate [cpd/100t]");
        if (!(total > 0))
            throw new UserInputException("pile-up needs at least one component with a rate > 0 to overlay");
        _components = components;
        _cumulative = new double[components.Count];
        double s = 0;
        for (int i = 0; i < components.Count; i++)
        {
            s += components[i].Rate / total;
            _cumulative[i] = s;
        }
    }

    private const int MaxTriggerTries = 100_000;

    /// <summary>
    /// Visible energy [MeV] of the first event of a pile-up pair: a component drawn by rate, an energy from its
    /// spectrum, redrawn while below <paramref name="triggerThreshold"/> (the event must fire the trigger alone).
    /// </summary>
    public double SampleTriggeringVisible(Xoshiro256 rng, double triggerThreshold)
    {
        double first = Pick(rng).Spectrum.SampleVisible(rng);
        for (int tries = 1; first < triggerThreshold; tries++)
        {
            if (tries == MaxTriggerTries)
                throw new UserInputException($"pile-up: no component event reaches the trigger threshold {triggerThreshold} MeV in {MaxTriggerTries} draws");
            first = Pick(rng).Spectrum.SampleVisible(rng);
        }
        return first;
    }

    public SimulationComponent Pick(Xoshiro256 rng)
    {
        double u = rng.NextDouble();
        for (int i = 0; i < _cumulative.Length; i++)
            if (u < _cumulative[i])
                return _components[i];
        return _components[^1];
    }
}
