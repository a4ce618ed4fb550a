using System.Globalization;
using System.Numerics;

namespace SpectralFit.Moments;

/// <summary>
/// An immutable complex 3x3 matrix (row-major), with the few operations the moment algebra needs:
/// products, transpose, conjugation, and structural checks (hermitian, antisymmetric).
/// Indices are 0-based: [0,0] is the (1,1) element of the paper, or (e,e) in the flavour basis.
/// </summary>
public sealed class ComplexMatrix3
{
    private readonly Complex[] _m;

    private ComplexMatrix3(Complex[] elements) => _m = elements;

    /// <summary>Builds a matrix from its 9 elements, row by row.</summary>
    public static ComplexMatrix3 FromRows(
        Complex a00, Complex a01, Complex a02,
        Complex a10, Complex a11, Complex a12,
        Complex a20, Complex a21, Complex a22) =>
        new([a00, a01, a02, a10, a11, a12, a20, a21, a22]);

    /// <summary>Builds a matrix from a generator f(row, column).</summary>
    public static ComplexMatrix3 Create(Func<int, int, Complex> element)
    {
        var m = new Complex[9];
        for (int r = 0; r < 3; r++)
            for (int c = 0; c < 3; c++)
                m[3 * r + c] = element(r, c);
        return new ComplexMatrix3(m);
    }

    public static ComplexMatrix3 Zero { get; } = new(new Complex[9]);

    public static ComplexMatrix3 Identity { get; } = Diagonal(1, 1, 1);

    public static ComplexMatrix3 Diagonal(Complex d0, Complex d1, Complex d2) =>
        FromRows(d0, 0, 0, 0, d1, 0, 0, 0, d2);

    public Complex this[int row, int column] => _m[3 * row + column];

    public ComplexMatrix3 Transpose() => Create((r, c) => this[c, r]);

    public ComplexMatrix3 Conjugate() => Create((r, c) => Complex.Conjugate(this[r, c]));

    /// <summary>The hermitian conjugate (dagger).</summary>
    public ComplexMatrix3 Adjoint() => Create((r, c) => Complex.Conjugate(this[c, r]));

    /// <summary>Determinant (Sarrus' rule).</summary>
    public Complex Determinant() =>
        this[0, 0] * (this[1, 1] * this[2, 2] - this[1, 2] * this[2, 1])
        - this[0, 1] * (this[1, 0] * this[2, 2] - this[1, 2] * this[2, 0])
        + this[0, 2] * (this[1, 0] * this[2, 1] - this[1, 1] * this[2, 0]);

    /// <summary>Largest element modulus (the scale used by the structural tolerances).</summary>
    public double MaxModulus()
    {
        double max = 0;
        foreach (var z in _m)
            max = Math.Max(max, z.Magnitude);
        return max;
    }

    /// <summary>Largest |this - other| element-wise.</summary>
    public double MaxDifference(ComplexMatrix3 other)
    {
        double max = 0;
        for (int i = 0; i < 9; i++)
            max = Math.Max(max, (_m[i] - other._m[i]).Magnitude);
        return max;
    }

    public static ComplexMatrix3 operator *(ComplexMatrix3 a, ComplexMatrix3 b) =>
        Create((r, c) => a[r, 0] * b[0, c] + a[r, 1] * b[1, c] + a[r, 2] * b[2, c]);

    public static ComplexVector3 operator *(ComplexMatrix3 a, ComplexVector3 v) => new(
        a[0, 0] * v[0] + a[0, 1] * v[1] + a[0, 2] * v[2],
        a[1, 0] * v[0] + a[1, 1] * v[1] + a[1, 2] * v[2],
        a[2, 0] * v[0] + a[2, 1] * v[1] + a[2, 2] * v[2]);

    public static ComplexMatrix3 operator +(ComplexMatrix3 a, ComplexMatrix3 b) => Create((r, c) => a[r, c] + b[r, c]);

    public static ComplexMatrix3 operator -(ComplexMatrix3 a, ComplexMatrix3 b) => Create((r, c) => a[r, c] - b[r, c]);

    public static ComplexMatrix3 operator *(Complex s, ComplexMatrix3 a) => Create((r, c) => s * a[r, c]);

    /// <summary>
    /// The first element pair (row, column) where A != A^dagger beyond a relative tolerance, or null when
    /// the matrix is hermitian.
    /// </summary>
    public (int Row, int Column)? FirstNonHermitianElement(double relativeTolerance = 1e-9) =>
        FirstMismatch((r, c) => Complex.Conjugate(this[c, r]), relativeTolerance);

    /// <summary>The first (row, column) where A != -A^T beyond a relative tolerance, or null when antisymmetric.</summary>
    public (int Row, int Column)? FirstNonAntisymmetricElement(double relativeTolerance = 1e-9) =>
        FirstMismatch((r, c) => -this[c, r], relativeTolerance);

    private (int Row, int Column)? FirstMismatch(Func<int, int, Complex> expected, double relativeTolerance)
    {
        double tolerance = relativeTolerance * MaxModulus();
        for (int r = 0; r < 3; r++)
            for (int c = r; c < 3; c++)
                if ((this[r, c] - expected(r, c)).Magnitude > tolerance)
                    return (r, c);
        return null;
    }

    /// <summary>Formats an element for error messages, e.g. "(1.2e-11 + 3e-12 i)".</summary>
    public static string Format(Complex z) => string.Create(CultureInfo.InvariantCulture,
        $"({z.Real:G6} {(z.Imaginary < 0 ? "-" : "+")} {Math.Abs(z.Imaginary):G6} i)");
}
