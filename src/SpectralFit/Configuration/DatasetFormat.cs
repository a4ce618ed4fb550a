namespace SpectralFit.Configuration;

/// <summary>File format of a dataset (configs/README.md, key dataset:format).</summary>
public enum DatasetFormat
{
    /// <summary>The project's binned format (DetectorResponse.Data.BinnedDataset).</summary>
    SpectralFit,
    /// <summary>Borexino Phase-II public spectrum (Nature 562, 505 (2018), Fig. 2a source data).</summary>
    BorexinoPhase2,
    /// <summary>Borexino Phase-III public subtracted spectrum (PRL 129, 252701 (2022)).</summary>
    BorexinoPhase3,
}
