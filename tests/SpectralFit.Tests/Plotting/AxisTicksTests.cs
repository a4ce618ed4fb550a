using SpectralFit.Plotting;

namespace SpectralFit.Tests.Plotting;

public class AxisTicksTests
{
    [TestCase(0.0, 10.0, 5, 2.0)]
    [TestCase(0.0, 1.0, 4, 0.25)]
    [TestCase(92.0, 950.0, 8, 200.0)]
    [TestCase(-3.0, 3.0, 3, 2.0)]
    [TestCase(0.0, 1e-10, 5, 2e-11)]
    public void NiceStep_IsOneTwoTwoAndAHalfOrFiveTimesAPowerOfTen(double min, double max, int target, double expected)
    {
        Assert.That(AxisTicks.NiceStep(min, max, target), Is.EqualTo(expected).Within(expected * 1e-12));
    }

    [Test]
    public void Linear_ZeroToTen_LabelsEvenNumbers()
    {
        var ticks = AxisTicks.Linear(0, 10, 5);
        Assert.That(ticks.Select(t => t.PlainText), Is.EqualTo(new[] { "0", "2", "4", "6", "8", "10" }));
    }

    [Test]
    public void Linear_QuarterSteps_KeepTwoDecimals()
    {
        var ticks = AxisTicks.Linear(0, 1, 4);
        Assert.That(ticks.Select(t => t.PlainText), Is.EqualTo(new[] { "0.00", "0.25", "0.50", "0.75", "1.00" }));
    }

    [Test]
    public void Linear_TinyNumbers_AreScientific()
    {
        var ticks = AxisTicks.Linear(0, 1e-10, 5);
        Assert.That(ticks.Select(t => t.PlainText), Is.EqualTo(new[] { "0", "2×10^-11", "4×10^-11", "6×10^-11", "8×10^-11", "1×10^-10" }));
    }

    [Test]
    public void Log_FiveDecades_HasAMajorTickAtEachPowerOfTenAndMinorTicksBetween()
    {
        var ticks = AxisTicks.Log(1, 1e5);
        Assert.That(ticks.Where(t => t.Major).Select(t => t.PlainText),
            Is.EqualTo(new[] { "10^0", "10^1", "10^2", "10^3", "10^4", "10^5" }));
        Assert.That(ticks.Count(t => !t.Major), Is.EqualTo(5 * 8));
        Assert.That(ticks.Where(t => !t.Major).Select(t => t.Label), Is.All.Empty);
    }

    [Test]
    public void Log_ManyDecades_LabelsEveryOtherDecade()
    {
        var majors = AxisTicks.Log(1e-10, 1e10).Where(t => t.Major).Select(t => t.Exponent).ToArray();
        Assert.That(majors, Is.EqualTo(new[] { "-10", "-7", "-4", "-1", "2", "5", "8" }));
    }

    [Test]
    public void Log_LessThanADecade_LabelsPlainNumbers()
    {
        var ticks = AxisTicks.Log(2, 8);
        Assert.That(ticks.Where(t => t.Major).Select(t => t.PlainText), Is.EqualTo(new[] { "2", "3", "4", "5", "6", "7", "8" }));
    }

    [Test]
    public void Log_NonPositiveRange_IsRejected()
    {
        Assert.That(() => AxisTicks.Log(0, 10), Throws.ArgumentException.With.Message.Contains("must be positive"));
    }

    [TestCase(-8.0, 8.0, 3)]
    [TestCase(-3.0, 3.0, 2)]
    [TestCase(0.9, 1.1, 1)]
    public void Linear_ShortPanel_StillHasThreeLabels(double min, double max, int target)
    {
        var ticks = AxisTicks.Linear(min, max, target);
        Assert.That(ticks, Has.Count.GreaterThanOrEqualTo(3));
        Assert.That(ticks.Select(t => t.Value), Is.All.InRange(min, max));
    }
}
