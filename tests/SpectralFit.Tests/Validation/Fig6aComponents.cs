using DetectorResponse.Data;

namespace SpectralFit.Tests.Validation;

/// <summary>
/// Borexino's own best-fit curves on the Phase-II TFC-subtracted spectrum (Fig. 6a of arXiv:1707.09279, Borexino
/// PRD 100, 082004 (2019)), read by path from ../shared/data/borexino/phase2_fig6a_components.csv with the project's
/// reader (<see cref="Phase2ComponentCurves"/>), as arrays in events per N_h bin (x 582.33 day x 100 t) for the tests.
/// </summary>
internal sealed class Fig6aComponents
{
    public static readonly string[] ComponentNames = ["C14", "pileup", "Po210", "Kr85", "Bi210", "C11", "ext", "solar"];

    private readonly Phase2ComponentCurves _curves;

    private Fig6aComponents(Phase2ComponentCurves curves) => _curves = curves;

    /// <summary>N_h of each row (93-950).</summary>
    public int[] Nh => [.. _curves.Nh];

    /// <summary>A column in events per N_h bin (rate x 582.33).</summary>
    public double[] this[string column] => [.. _curves.Curve(column)];

    public static Fig6aComponents Read(string path) => new(Phase2ComponentCurves.Read(path));
}
