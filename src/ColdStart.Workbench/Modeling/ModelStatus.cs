namespace ColdStart.Workbench.Modeling;

/// <summary>One reading of the live model's state, for the UI.</summary>
/// <param name="State">Phase.</param>
/// <param name="Message">What is happening, or why it failed.</param>
/// <param name="Percent">Progress in [0, 100] when known.</param>
public sealed record ModelStatus(ModelState State, string Message, double? Percent = null)
{
    public bool IsBusy => State is ModelState.Waiting or ModelState.Working;
}
