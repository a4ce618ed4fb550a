namespace SpectralFit.Moments;

/// <summary>The effective moment each kind of experiment measures, for one moment matrix (units of its input).</summary>
public sealed record ExperimentEffectiveMoments(
    double Reactor, double SnsPrompt, double SnsDelayedNuE, double SnsDelayedAntiNuMu, double SolarPp, double SolarBe7)
{
    /// <summary>
    /// Evaluates every experiment: reactor anti-nu_e, spallation-source prompt nu_mu, delayed nu_e and anti-nu_mu,
    /// and solar pp and 7Be with their (signal-averaged) mass-state probabilities.
    /// </summary>
    public static ExperimentEffectiveMoments Compute(MomentMatrix moments, PmnsMatrix pmns,
        SolarFlux.Oscillations.MassStateProbabilities pp, SolarFlux.Oscillations.MassStateProbabilities be7) => new(
        Reactor: EffectiveMoment.Of(moments, IncomingState.ReactorAntiNuE, pmns),
        SnsPrompt: EffectiveMoment.Of(moments, IncomingState.SpallationPromptNuMu, pmns),
        SnsDelayedNuE: EffectiveMoment.Of(moments, IncomingState.SpallationDelayedNuE, pmns),
        SnsDelayedAntiNuMu: EffectiveMoment.Of(moments, IncomingState.SpallationDelayedAntiNuMu, pmns),
        SolarPp: Math.Sqrt(EffectiveMoment.SolarSquared(moments, pp, pmns)),
        SolarBe7: Math.Sqrt(EffectiveMoment.SolarSquared(moments, be7, pmns)));
}
