using System.Collections;
using SolarFlux.Common;

namespace SpectralFit.Parameters;

/// <summary>
/// An ordered, immutable list of parameters addressable by index or by name (the order is the
/// order of the parameter vector the model and likelihood terms receive). Duplicate names are a
/// <see cref="UserInputException"/> naming the parameter.
/// </summary>
public sealed class ParameterSet : IReadOnlyList<Parameter>
{
    private readonly Parameter[] _parameters;
    private readonly Dictionary<string, int> _index;

    public ParameterSet(IEnumerable<Parameter> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _parameters = parameters.ToArray();
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < _parameters.Length; i++)
        {
            ArgumentNullException.ThrowIfNull(_parameters[i]);
            if (!_index.TryAdd(_parameters[i].Name, i))
                throw new UserInputException($"parameter '{_parameters[i].Name}' is defined twice (expected unique parameter names)");
        }
    }

    public ParameterSet(params Parameter[] parameters) : this((IEnumerable<Parameter>)parameters) { }

    public int Count => _parameters.Length;

    public Parameter this[int index] => _parameters[index];

    public Parameter this[string name] => _parameters[IndexOf(name)];

    public IEnumerable<string> Names => _parameters.Select(p => p.Name);

    /// <summary>Number of parameters that are not fixed.</summary>
    public int FreeCount => _parameters.Count(p => !p.IsFixed);

    public bool Contains(string name) => _index.ContainsKey(name);

    public bool TryGetIndex(string name, out int index) => _index.TryGetValue(name, out index);

    /// <summary>Index of a parameter; an unknown name is a user error listing the known names.</summary>
    public int IndexOf(string name)
    {
        if (_index.TryGetValue(name, out int i))
            return i;
        throw new UserInputException($"unknown parameter '{name}' (known: {string.Join(", ", Names)})");
    }

    /// <summary>The current values as a new vector in parameter order.</summary>
    public double[] Values() => _parameters.Select(p => p.Value).ToArray();

    /// <summary>A copy with one parameter replaced (same name required).</summary>
    public ParameterSet Replace(string name, Func<Parameter, Parameter> change)
    {
        int i = IndexOf(name);
        var copy = (Parameter[])_parameters.Clone();
        copy[i] = change(copy[i]);
        if (copy[i].Name != name)
            throw new ArgumentException($"replacement of '{name}' changed its name to '{copy[i].Name}'");
        return new ParameterSet(copy);
    }

    public ParameterSet WithValue(string name, double value) => Replace(name, p => p.WithValue(value));

    public ParameterSet FixedAt(string name, double value) => Replace(name, p => p.FixedAt(value));

    public ParameterSet Released(string name) => Replace(name, p => p.Released());

    public ParameterSet WithLimits(string name, double lower, double upper) => Replace(name, p => p.WithLimits(lower, upper));

    /// <summary>A copy with all values taken from <paramref name="values"/> (clamped into the limits).</summary>
    public ParameterSet WithValues(ReadOnlySpan<double> values)
    {
        if (values.Length != Count)
            throw new ArgumentException($"expected {Count} values, got {values.Length}");
        var copy = new Parameter[Count];
        for (int i = 0; i < Count; i++)
            copy[i] = _parameters[i].WithValue(Math.Clamp(values[i], _parameters[i].Lower, _parameters[i].Upper));
        return new ParameterSet(copy);
    }

    /// <summary>Concatenation (names must stay unique).</summary>
    public ParameterSet Concat(IEnumerable<Parameter> more) => new(_parameters.Concat(more));

    public IEnumerator<Parameter> GetEnumerator() => ((IEnumerable<Parameter>)_parameters).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
