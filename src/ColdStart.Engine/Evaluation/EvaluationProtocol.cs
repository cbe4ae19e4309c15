using System.Text.Json.Serialization;

namespace ColdStart.Engine.Evaluation;

/// <summary>Which cold-start situation an evaluation measures.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EvaluationProtocol>))]
public enum EvaluationProtocol
{
    /// <summary>Leave-users-out: a test user reveals its attributes and first k interactions (<see cref="NewUserSplit"/>).</summary>
    NewUser,

    /// <summary>Held-out items with content-predicted vectors, ranked for the users who took them (<see cref="NewItemSplit"/>).</summary>
    NewItem,
}
