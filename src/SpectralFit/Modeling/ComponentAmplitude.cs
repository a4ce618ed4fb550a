namespace SpectralFit.Modeling;

/// <summary>
/// How one folded component enters the expected counts: amplitude a(p) = Scale x rate x (mu/1e-11 mu_B)^2 if
/// <see cref="IsMomentSignal"/>, where rate = p[RateIndex] (a fitted rate) or <see cref="FixedRate"/> (RateIndex = -1,
/// e.g. pep and CNO fixed to the SSM). Scale converts a rate into counts per unit of the folded template
/// (exposure [day x 100 t] / SSM rate for solar templates in cpd/100t; exposure x unit factor for unit-normalized
/// background shapes).
/// </summary>
public readonly record struct ComponentAmplitude(string Name, int RateIndex, double FixedRate, double Scale, bool IsMomentSignal);
