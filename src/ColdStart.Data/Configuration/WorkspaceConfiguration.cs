using ColdStart.Data.Entities;
using ColdStart.Data.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ColdStart.Data.Configuration;

internal sealed class WorkspaceConfiguration : IEntityTypeConfiguration<WorkspaceEntity>
{
    public void Configure(EntityTypeBuilder<WorkspaceEntity> builder)
    {
        builder.ToTable("Workspaces");
        builder.Property(w => w.Name).HasMaxLength(200);
        builder.Property(w => w.Kind).HasMaxLength(32);
        builder.Property(w => w.Encoder).HasMaxLength(WorkspaceStore.MaxEncoderLength);
        builder.HasIndex(w => w.Name).IsUnique();
    }
}
