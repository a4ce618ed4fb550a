namespace SpectralFit.Moments;

/// <summary>
/// The neutrino state arriving at a detector, in the flavour basis, as in Grimus &amp; Schwetz,
/// Nucl. Phys. B 587, 45 (2000): <see cref="NegativeHelicity"/> a_- (neutrinos) and <see cref="PositiveHelicity"/>
/// a_+ (antineutrinos: for Majorana neutrinos the positive-helicity states). Valid for short baselines where the
/// flavour is still the one produced (reactors, spallation sources).
/// </summary>
public sealed record IncomingState(string Name, ComplexVector3 NegativeHelicity, ComplexVector3 PositiveHelicity)
{
    private const int E = 0, Mu = 1;

    /// <summary>Reactor anti-nu_e at short baseline: a_+ = (1,0,0), a_- = 0.</summary>
    public static IncomingState ReactorAntiNuE { get; } = new("reactor anti-nu_e", ComplexVector3.Zero, ComplexVector3.Unit(E));

    /// <summary>Spallation source, prompt nu_mu from pi+ decay at rest: a_- = (0,1,0).</summary>
    public static IncomingState SpallationPromptNuMu { get; } = new("spallation prompt nu_mu", ComplexVector3.Unit(Mu), ComplexVector3.Zero);

    /// <summary>Spallation source, delayed nu_e from mu+ decay: a_- = (1,0,0).</summary>
    public static IncomingState SpallationDelayedNuE { get; } = new("spallation delayed nu_e", ComplexVector3.Unit(E), ComplexVector3.Zero);

    /// <summary>Spallation source, delayed anti-nu_mu from mu+ decay: a_+ = (0,1,0).</summary>
    public static IncomingState SpallationDelayedAntiNuMu { get; } = new("spallation delayed anti-nu_mu", ComplexVector3.Zero, ComplexVector3.Unit(Mu));
}
