namespace ColdStart.Workbench.Api;

/// <summary>What <c>POST /api/v1/events</c> stored. They are applied to the live popularity, freshness and exploration posteriors at once; the next model build learns from them.</summary>
/// <param name="Workspace">The active workspace the events were stored in.</param>
/// <param name="VisitorId">The visitor (a user of the workspace).</param>
/// <param name="Recorded">Events stored.</param>
/// <param name="NewVisitor">True when this call created the visitor.</param>
/// <param name="Warnings">E.g. events far after the workspace's latest one, which move its clock (popularity and freshness are measured from the latest event).</param>
public sealed record EventsResponse(string Workspace, string VisitorId, int Recorded, bool NewVisitor, IReadOnlyList<string> Warnings);
