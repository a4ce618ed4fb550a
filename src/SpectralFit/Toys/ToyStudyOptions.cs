using SpectralFit.Profiles;

namespace SpectralFit.Toys;

/// <summary>Settings of a <see cref="ToyStudy"/>.</summary>
public sealed record ToyStudyOptions
{
    public int Toys { get; init; } = 200;

    /// <summary>Toy k uses a generator seeded from (Seed, k): results do not depend on threading.</summary>
    public int Seed { get; init; } = 12345;

    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>When set, each toy is also profiled in this parameter on <see cref="LimitGrid"/> and its limit recorded.</summary>
    public string? ParameterOfInterest { get; init; }

    public IReadOnlyList<double>? LimitGrid { get; init; }

    public double Credibility { get; init; } = 0.9;

    public LimitPrior Prior { get; init; } = LimitPrior.FlatInParameter;
}
