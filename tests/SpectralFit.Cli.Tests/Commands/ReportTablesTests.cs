using Spectre.Console;
using Spectre.Console.Rendering;
using SpectralFit.Cli.Commands;
using SpectralFit.Reports;

namespace SpectralFit.Cli.Tests.Commands;

public class ReportTablesTests
{
    private static string Render(IRenderable table, int width = 160)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            ColorSystem = ColorSystemSupport.NoColors,
            Ansi = AnsiSupport.No,
        });
        console.Profile.Width = width;
        console.Write(table);
        return writer.ToString();
    }

    [Test]
    public void Parameters_ShowsValueWithErrorAndFixedStatus()
    {
        string text = Render(ReportTables.Parameters(
        [
            new ParameterResult("pp", 134.23, 9.81, "cpd/100t"),
            new ParameterResult("kb [fixed]", 0.0112, double.NaN, "cm/MeV", Fixed: true),
        ]));
        Assert.That(text, Does.Contain("134.2 ± 9.8").And.Contain("0.01120").And.Contain("kb [fixed]").And.Contain("fixed"));
        Assert.That(text, Does.Not.Contain("NaN"));
    }

    [Test]
    public void LimitsAndWeights_ShowTheNumbers()
    {
        string limits = Render(ReportTables.Limits([new LimitResult("gallium + systematics", 2.8e-11, "μ_B", "Bayesian")]));
        Assert.That(limits, Does.Contain("2.8e-11 μ_B"));
        string weights = Render(ReportTables.Weights([new ConfigurationWeight("conv / HZ", 0.25, 0.31, double.NaN)]));
        Assert.That(weights, Does.Contain("0.250").And.Contain("0.310").And.Contain("—"));
    }

    [Test]
    public void Quality_ShowsDevianceOverDegreesOfFreedom()
    {
        string text = Render(ReportTables.Quality(new FitQuality(1016.2, 858, 16)));
        Assert.That(text, Does.Contain("858 / 16").And.Contain("1.21"));
    }

    [Test]
    public void ConfiguredParameters_ShippedConfig_ListsFreeFixedAndSsmParameters()
    {
        string dataset = Path.GetTempFileName();
        try
        {
            var config = SpectralFit.Configuration.FitConfigurationLoader.Load(
                TestSupport.SharedData.Repo("configs/borexino-phase2-mm.json"), [$"dataset:path={dataset}"]);
            string text = Render(ReportTables.ConfiguredParameters(config), width: 200);
            Assert.That(text, Does.Contain("components:pep").And.Contain("fixed to SSM Gs98"));
            Assert.That(text, Does.Contain("components:Be7").And.Contain("48.30").And.Contain("[0, 150.0]"));
            Assert.That(text, Does.Contain("response:kb").And.Contain("fixed"));
        }
        finally
        {
            File.Delete(dataset);
        }
    }
}
