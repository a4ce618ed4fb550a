using System.Runtime.CompilerServices;

// The dilogarithm and the BKS correction functions are internal; their tests check them directly.
[assembly: InternalsVisibleTo("SolarFlux.Tests")]
