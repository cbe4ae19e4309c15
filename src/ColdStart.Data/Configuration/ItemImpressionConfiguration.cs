using ColdStart.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ColdStart.Data.Configuration;

internal sealed class ItemImpressionConfiguration : IEntityTypeConfiguration<ItemImpressionEntity>
{
    public void Configure(EntityTypeBuilder<ItemImpressionEntity> builder)
    {
        builder.ToTable("ItemImpressions");
        // One counter row per item, added to in place (INSERT … ON CONFLICT DO UPDATE).
        builder.HasKey(i => i.ItemId);
        builder.Property(i => i.ItemId).ValueGeneratedNever();
        builder.HasOne(i => i.Item).WithMany().HasForeignKey(i => i.ItemId).OnDelete(DeleteBehavior.Cascade);
    }
}
