using System.Numerics;

namespace SpectralFit.Moments;

/// <summary>A complex 3-vector: a neutrino state in the flavour (e, mu, tau) or mass (1, 2, 3) basis.</summary>
public readonly record struct ComplexVector3(Complex X0, Complex X1, Complex X2)
{
    public static ComplexVector3 Zero => default;

    /// <summary>The unit vector e_k (k = 0, 1, 2).</summary>
    public static ComplexVector3 Unit(int k) => k switch
    {
        0 => new(1, 0, 0),
        1 => new(0, 1, 0),
        2 => new(0, 0, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(k), k, "expected 0, 1 or 2"),
    };

    public Complex this[int k] => k switch
    {
        0 => X0,
        1 => X1,
        2 => X2,
        _ => throw new ArgumentOutOfRangeException(nameof(k), k, "expected 0, 1 or 2"),
    };

    /// <summary>|v|^2 = v^dagger v.</summary>
    public double NormSquared =>
        X0.Real * X0.Real + X0.Imaginary * X0.Imaginary
        + X1.Real * X1.Real + X1.Imaginary * X1.Imaginary
        + X2.Real * X2.Real + X2.Imaginary * X2.Imaginary;

    public bool IsZero => NormSquared == 0;
}
