using SpectralFit.Models;
using SpectralFit.Parameters;

namespace SpectralFit.Tests.TestModels;

/// <summary>
/// Test template provider with one shape parameter: a Gaussian peak (unit area, width 0.5, position
/// "peak_position") and a flat background (unit area) on [0, 10] in <c>bins</c> bins.
/// </summary>
public sealed class PeakOnFlatTemplates : ITemplateProvider
{
    private const double Low = 0, High = 10, Width = 0.5;

    public PeakOnFlatTemplates(int bins, double position = 5, double positionStep = 0.05) =>
        (BinCount, ShapeParameters) = (bins, new ParameterSet(new Parameter("peak_position", position, positionStep, 2, 8)));

    public int TemplateCount => 2;

    public int BinCount { get; }

    public ParameterSet ShapeParameters { get; }

    public void Templates(ReadOnlySpan<double> theta, Span<double> templates)
    {
        double width = (High - Low) / BinCount, x0 = theta[0];
        for (int i = 0; i < BinCount; i++)
        {
            double a = Low + i * width, b = a + width;
            templates[i] = Phi((b - x0) / Width) - Phi((a - x0) / Width);
            templates[BinCount + i] = width / (High - Low);
        }
    }

    private static double Phi(double z) => 0.5 * MathNet.Numerics.SpecialFunctions.Erfc(-z / Math.Sqrt(2));
}
