namespace ColdStart.Data.Seeding;

/// <summary>Phase of the first-run preparation of the sample data.</summary>
public enum SeedingState
{
    /// <summary>Opening the database, generating or storing the sample world.</summary>
    Preparing,

    /// <summary>The default workspace holds data; the workbench can be used.</summary>
    Ready,

    /// <summary>Preparation failed; <see cref="SeedingSnapshot.Message"/> says why.</summary>
    Failed,
}
