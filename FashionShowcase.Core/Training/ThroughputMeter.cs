namespace FashionShowcase.Core.Training;

/// <summary>Items per second since the previous progress event, and the time left at that rate.</summary>
internal sealed class ThroughputMeter(long startStep)
{
    private long _step = startStep;
    private double _seconds;

    /// <summary>Closes the window at <paramref name="step"/> / <paramref name="elapsedSeconds"/> and opens the next one.</summary>
    public (double ItemsPerSecond, TimeSpan? Eta) Lap(long step, long totalSteps, int itemsPerStep, double elapsedSeconds)
    {
        var rate = (step - _step) * itemsPerStep / Math.Max(elapsedSeconds - _seconds, 1e-9);
        _step = step;
        _seconds = elapsedSeconds;
        return (rate, rate > 0 ? TimeSpan.FromSeconds((totalSteps - step) * itemsPerStep / rate) : null);
    }
}
