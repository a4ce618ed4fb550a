using SpectralFit.Plotting;

namespace SpectralFit.Tests.Plotting;

public class AxisTests
{
    [TestCase(0.0, 10.0)]
    [TestCase(-1.0, 10.0)]
    public void Axis_LogWithNonPositiveRange_IsRejected(double min, double max)
    {
        var e = Assert.Throws<ArgumentException>(() => _ = new Axis("counts", AxisScale.Log, min, max))!;
        Assert.That(e.Message, Does.Contain("axis 'counts': a log axis needs a positive range, got min = " + min));
    }

    [Test]
    public void Axis_MinNotBelowMax_IsRejected()
    {
        Assert.That(() => new Axis("x", AxisScale.Linear, 2, 1), Throws.ArgumentException.With.Message.Contains("min (2) must be < max (1)"));
    }

    [Test]
    public void Axis_NonFiniteLimit_IsRejected()
    {
        Assert.That(() => new Axis("x", AxisScale.Linear, double.NaN), Throws.ArgumentException.With.Message.Contains("must be finite"));
    }

    [Test]
    public void Resolve_LinearData_AddsAMarginUnlessFixed()
    {
        var (lo, hi) = AxisRange.Resolve(new Axis("x"), [0, 10, double.NaN]);
        Assert.That(lo, Is.EqualTo(-0.4).Within(1e-12));
        Assert.That(hi, Is.EqualTo(10.4).Within(1e-12));
        Assert.That(AxisRange.Resolve(new Axis("x", min: 0), [0, 10]).Min, Is.EqualTo(0));
    }

    [Test]
    public void Resolve_LogData_IgnoresNonPositiveValues()
    {
        var (lo, hi) = AxisRange.Resolve(new Axis("y", AxisScale.Log), [0, -5, 1, 1e4]);
        Assert.That(lo, Is.LessThan(1).And.GreaterThan(0.6));
        Assert.That(hi, Is.GreaterThan(1e4).And.LessThan(1.6e4));
    }
}
