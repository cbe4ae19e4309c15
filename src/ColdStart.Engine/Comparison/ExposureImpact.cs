namespace ColdStart.Engine.Comparison;

/// <summary>New-item exposure summed over every persona's top-N list, before and after a tag edit.</summary>
/// <param name="SlotsBefore">Total list positions before (personas × N, less where a list was shorter).</param>
/// <param name="SlotsAfter">Total list positions after.</param>
/// <param name="NewBefore">Positions held by new items (no interactions yet) before.</param>
/// <param name="NewAfter">Positions held by new items after.</param>
/// <param name="ListsWithItemBefore">Lists that held the edited item before.</param>
/// <param name="ListsWithItemAfter">Lists that hold it after.</param>
public sealed record ExposureImpact(int SlotsBefore, int SlotsAfter, int NewBefore, int NewAfter, int ListsWithItemBefore, int ListsWithItemAfter)
{
    public double ShareBefore => SlotsBefore == 0 ? 0 : (double)NewBefore / SlotsBefore;
    public double ShareAfter => SlotsAfter == 0 ? 0 : (double)NewAfter / SlotsAfter;
    public int NewDelta => NewAfter - NewBefore;
}
