using SpectralFit.Profiles;

namespace SpectralFit.Systematics;

/// <summary>
/// The profile L_c(mu) of one systematic configuration c (e.g. energy estimator dt1, pile-up by
/// convolution, HZ metallicity) with its prior weight P(c) (&gt; 0; only ratios matter).
/// <see cref="ProfileScan.Deviances"/> must be ABSOLUTE deviances (against the saturated model) so
/// that configurations fitted to the same data can be compared. <paramref name="Data"/> names the
/// data the profile was fitted to (file, estimator, window, binning): likelihoods are compared only
/// between configurations with the same <paramref name="Data"/> (see <see cref="SystematicsCombination"/>).
/// </summary>
public sealed record ConfigurationProfile(string Name, double Prior, ProfileScan Profile, string Data = "");
