using SpectralFit.Reports;

namespace SpectralFit.Tests.Reports;

public class ReportNumbersTests
{
    [TestCase(134.23, 9.81, "134.2 ± 9.8")]
    [TestCase(134.23, 10.3, "134 ± 10")]
    [TestCase(48.31, 1.14, "48.3 ± 1.1")]
    [TestCase(0.0112, 0.0004, "0.01120 ± 0.00040")]
    [TestCase(2.81e-11, 3.4e-12, "(2.81 ± 0.34)e-11")]
    [TestCase(-0.5, 0.25, "-0.50 ± 0.25")]
    public void WithError_RoundsTheValueToTheErrorsTwoSignificantDigits(double value, double error, string expected)
    {
        Assert.That(ReportNumbers.WithError(value, error), Is.EqualTo(expected));
    }

    [TestCase(double.NaN, 1.0, "—")]
    [TestCase(5.0, double.NaN, "5.000")]
    [TestCase(5.0, 0.0, "5.000")]
    [TestCase(double.PositiveInfinity, 1.0, "—")]
    public void WithError_NonFiniteOrMissingError_NeverPrintsNaN(double value, double error, string expected)
    {
        Assert.That(ReportNumbers.WithError(value, error), Is.EqualTo(expected));
    }

    [TestCase(2.8e-11, 3, "2.8e-11")]
    [TestCase(1291.51, 4, "1292")]
    [TestCase(0.25, 3, "0.250")]
    [TestCase(0.0, 3, "0")]
    [TestCase(3.5e6, 2, "3.5e6")]
    public void Value_UsesSignificantDigits(double value, int digits, string expected)
    {
        Assert.That(ReportNumbers.Value(value, digits), Is.EqualTo(expected));
    }
}
