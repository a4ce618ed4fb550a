namespace SpectralFit.Reports;

/// <summary>A 90% C.L. upper limit, e.g. ("gallium + systematics", 2.8e-11, "μ_B", "Bayesian, flat prior in μ").</summary>
public sealed record LimitResult(string Label, double UpperLimit90, string Unit, string Method);
