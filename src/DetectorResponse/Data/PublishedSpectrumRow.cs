namespace DetectorResponse.Data;

/// <summary>
/// One 1-N_h bin of a spectrum published by Borexino, as read from its open-data table.
/// </summary>
/// <param name="Nh">Number of hits (the bin holds events with exactly this N_h).</param>
/// <param name="EnergyKeV">Borexino's electron-equivalent energy of the bin [keV].</param>
/// <param name="WidthKeV">Width of the 1-N_h bin in keV (not a width in N_h).</param>
/// <param name="Counts">Events in the bin.</param>
/// <param name="Error">Published uncertainty of Counts, in events.</param>
/// <param name="Residual">Published (data - fit)/error; NaN where the file has -inf (empty bins, error 0).</param>
public sealed record PublishedSpectrumRow(int Nh, double EnergyKeV, double WidthKeV, double Counts, double Error, double Residual);
