namespace DetectorResponse.Backgrounds;

/// <summary>
/// Kinematics of one point of a beta spectrum, handed to a <see cref="BetaShapeFactor"/>.
/// KineticEnergy in MeV; TotalEnergy W, Momentum p and NeutrinoMomentum q = (Q - T)/m_e in units of m_e (c = 1).
/// </summary>
public readonly record struct BetaKinematics(double KineticEnergy, double TotalEnergy, double Momentum, double NeutrinoMomentum);
