namespace SpectralFit.Configuration;

/// <summary>How the pile-up spectrum is built (physics.md §6).</summary>
public enum PileupModel
{
    /// <summary>Analytic convolution of the spectrum with the 14C (random-trigger) spectrum.</summary>
    Convolution,
    /// <summary>A synthetic template made by overlaying events.</summary>
    Synthetic,
}
