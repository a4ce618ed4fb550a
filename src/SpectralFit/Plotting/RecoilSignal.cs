namespace SpectralFit.Plotting;

/// <summary>Expected recoil spectrum of one species without a moment and with a visible moment.</summary>
public sealed record RecoilSignal(string Species, IReadOnlyList<double> WithoutMoment, IReadOnlyList<double> WithMoment);
