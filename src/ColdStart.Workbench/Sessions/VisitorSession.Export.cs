using System.Globalization;
using System.Text;
using System.Text.Json;
using ColdStart.Workbench.Compare;

namespace ColdStart.Workbench.Sessions;

public sealed partial class VisitorSession
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The session's path as JSON: per step the action, interactions, weights in force, drift and the list's items.</summary>
    public string ToJson() => JsonSerializer.Serialize(new
    {
        persona = Persona.Name,
        strategy = Strategy.Name,
        explorationShare = Strategy.ExplorationShare,
        visitorId = VisitorId,
        searches = _searches,
        ended = Ended,
        steps = _steps.Select(s => new
        {
            s.Step, s.Action, s.Interactions, s.Weights, s.Drift,
            items = s.Items.Select(i => new { i.Rank, i.Item.Id, i.Item.Title, i.Score, i.Explored, New = Snapshot.Catalog.Cold[i.Index] }),
        }),
    }, Json);

    /// <summary>The session's path as CSV: one row per step and shown item (step, action, interactions, drift, rank, item, score, explored, new).</summary>
    public string ToCsv()
    {
        var csv = new StringBuilder("step,action,interactions,drift,rank,item_id,title,score,explored,new\r\n");
        foreach (var s in _steps)
        {
            foreach (var i in s.Items)
            {
                string[] fields =
                [
                    s.Step.ToString(CultureInfo.InvariantCulture), CompareCsv.Text(s.Action), s.Interactions.ToString(CultureInfo.InvariantCulture),
                    s.Drift.ToString("0.######", CultureInfo.InvariantCulture), i.Rank.ToString(CultureInfo.InvariantCulture), CompareCsv.Text(i.Item.Id),
                    CompareCsv.Text(i.Item.Title), i.Score.ToString("0.######", CultureInfo.InvariantCulture), i.Explored ? "true" : "false",
                    Snapshot.Catalog.Cold[i.Index] ? "true" : "false",
                ];
                csv.AppendJoin(',', fields.Select(CompareCsv.Quote)).Append("\r\n");
            }
        }
        return csv.ToString();
    }
}
