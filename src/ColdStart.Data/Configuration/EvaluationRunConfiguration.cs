using ColdStart.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ColdStart.Data.Configuration;

internal sealed class EvaluationRunConfiguration : IEntityTypeConfiguration<EvaluationRunEntity>
{
    public void Configure(EntityTypeBuilder<EvaluationRunEntity> builder)
    {
        builder.ToTable("EvaluationRuns");
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        // Rows written before simulations were stored are evaluations.
        builder.Property(r => r.Kind).HasMaxLength(16).HasDefaultValue(EvaluationRunKinds.Evaluation);
        builder.HasOne(r => r.Workspace).WithMany().HasForeignKey(r => r.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        // The runs list, newest first; and "which runs are still marked running" at start.
        builder.HasIndex(r => r.StartedAt);
        builder.HasIndex(r => r.Status);
        // The runs of one kind, newest first.
        builder.HasIndex(r => new { r.Kind, r.StartedAt });
    }
}
