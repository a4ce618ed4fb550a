namespace DetectorResponse.Backgrounds;

/// <summary>External gamma emitters (PMTs, steel sphere, buffer): physics.md §6.</summary>
public enum ExternalGammaSource
{
    /// <summary>40K: 1.4608 MeV line.</summary>
    K40,

    /// <summary>214Bi (238U chain): 1.764, 2.204, 1.120 MeV lines reach the fiducial volume.</summary>
    Bi214,

    /// <summary>208Tl (232Th chain): 2.6145 MeV line.</summary>
    Tl208,
}
