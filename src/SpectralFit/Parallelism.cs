using System.Runtime.ExceptionServices;

namespace SpectralFit;

/// <summary>Parallel.For that rethrows a worker's first exception as itself (a UserInputException stays one).</summary>
internal static class Parallelism
{
    public static void For(int count, ParallelOptions options, Action<int> body)
    {
        try
        {
            Parallel.For(0, count, options, body);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
    }
}
