using BenchmarkDotNet.Running;

namespace SpectralFit.Benchmarks;

/// <summary>
/// Run all benchmarks:  dotnet run -c Release --project benchmarks/SpectralFit.Benchmarks -- --filter '*'
/// Run one class:       dotnet run -c Release --project benchmarks/SpectralFit.Benchmarks -- --filter '*RecoilSpectra*'
/// </summary>
public static class Program
{
    public static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
