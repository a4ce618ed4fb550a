using SolarFlux.Common;

namespace DetectorResponse.Folding;

/// <summary>
/// A peak that is Gaussian in visible energy, centred at <see cref="FoldingParameters.PeakPosition"/>
/// with width <see cref="FoldingParameters.PeakWidth"/> (both in MeV of visible energy, free in the
/// fit; physics.md §7): the 210Po alpha peak. Mapped to the observable by the estimator's mean response
/// and its local slope: mu = N(E_pk), sigma = w dN/dE(E_pk).
/// </summary>
public sealed class GaussianPeakComponent : FoldingComponent
{
    private readonly double _total;

    public GaussianPeakComponent(string name, double total) : base(name)
    {
        _total = UserInputException.RequireNonNegative(total, $"{name}: peak total");
    }

    public override double Total => _total;
}
