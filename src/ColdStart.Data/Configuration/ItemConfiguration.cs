using ColdStart.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ColdStart.Data.Configuration;

internal sealed class ItemConfiguration : IEntityTypeConfiguration<ItemEntity>
{
    public void Configure(EntityTypeBuilder<ItemEntity> builder)
    {
        builder.ToTable("Items");
        builder.HasOne(i => i.Workspace).WithMany().HasForeignKey(i => i.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        // Look-ups by external id (seed items, pins, imports) and per-department statistics.
        builder.HasIndex(i => new { i.WorkspaceId, i.ExternalId }).IsUnique();
        builder.HasIndex(i => new { i.WorkspaceId, i.Department });
        builder.HasMany(i => i.Tags).WithOne(t => t.Item).HasForeignKey(t => t.ItemId).OnDelete(DeleteBehavior.Cascade);
    }
}
