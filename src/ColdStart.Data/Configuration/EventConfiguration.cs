using ColdStart.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ColdStart.Data.Configuration;

internal sealed class EventConfiguration : IEntityTypeConfiguration<EventEntity>
{
    public void Configure(EntityTypeBuilder<EventEntity> builder)
    {
        builder.ToTable("Events");
        builder.Property(e => e.Type).HasConversion<int>();
        builder.HasOne(e => e.Workspace).WithMany().HasForeignKey(e => e.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        // The foreign keys below get EF's conventional indexes (IX_Events_UserId, IX_Events_ItemId): events of one
        // user or one item, and cascade deletes.
        builder.HasOne(e => e.User).WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.Item).WithMany().HasForeignKey(e => e.ItemId).OnDelete(DeleteBehavior.Cascade);
        // Loading a workspace's events in time order, event counts and the date range.
        builder.HasIndex(e => new { e.WorkspaceId, e.Timestamp });
        // Events per type.
        builder.HasIndex(e => new { e.WorkspaceId, e.Type });
    }
}
