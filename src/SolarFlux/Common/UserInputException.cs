namespace SolarFlux.Common;

/// <summary>
/// A mistake in what the user gave us (a file, a config key, an option value). The message names the
/// input and what was expected; the command-line tool prints it as one line and exits with code 2.
/// Never used for bugs in the program itself.
/// </summary>
public sealed class UserInputException : Exception
{
    public UserInputException(string message) : base(message) { }

    public UserInputException(string message, Exception inner) : base(message, inner) { }

    /// <summary>Error located in a file: "path:line: message".</summary>
    public static UserInputException InFile(string path, int line, string message) =>
        new($"{path}:{line}: {message}");

    /// <summary>Throws unless the value is finite.</summary>
    public static double RequireFinite(double value, string what)
    {
        if (!double.IsFinite(value))
            throw new UserInputException($"{what}: expected a finite number, got {value}");
        return value;
    }

    /// <summary>Throws unless the value is finite and &gt;= 0.</summary>
    public static double RequireNonNegative(double value, string what)
    {
        RequireFinite(value, what);
        if (value < 0)
            throw new UserInputException($"{what}: expected a value >= 0, got {value}");
        return value;
    }
}
