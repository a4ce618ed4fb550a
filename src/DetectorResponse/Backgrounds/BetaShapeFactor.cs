namespace DetectorResponse.Backgrounds;

/// <summary>
/// Shape factor C(W) multiplying the allowed beta spectrum p W (W0 - W)^2 F0(Z, W): 1 for allowed decays,
/// a polynomial for forbidden ones (Behrens &amp; Buehring, Electron Radial Wave Functions and Nuclear Beta Decay (1982)).
/// Must be finite and &gt;= 0 over the spectrum. See <see cref="ShapeFactors"/> for the standard forms.
/// </summary>
public delegate double BetaShapeFactor(BetaKinematics kinematics);
