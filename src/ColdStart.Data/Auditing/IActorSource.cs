namespace ColdStart.Data.Auditing;

/// <summary>
/// Who is making the current change, for the audit trail. Until there are user accounts this is the best identity at
/// hand (a circuit's remote address, an API caller, the OS user of the command line); accounts replace it later.
/// </summary>
public interface IActorSource
{
    /// <summary>The actor of the change being made now; never empty.</summary>
    string Current { get; }
}
