using ColdStart.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ColdStart.Data.Configuration;

internal sealed class ModelArtefactConfiguration : IEntityTypeConfiguration<ModelArtefactEntity>
{
    public void Configure(EntityTypeBuilder<ModelArtefactEntity> builder)
    {
        builder.ToTable("ModelArtefacts");
        builder.Property(m => m.Kind).HasMaxLength(32);
        builder.HasOne(m => m.Workspace).WithMany().HasForeignKey(m => m.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        // "Latest artefact of kind K for workspace W".
        builder.HasIndex(m => new { m.WorkspaceId, m.Kind, m.CreatedAt });
    }
}
