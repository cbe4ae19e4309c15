using ColdStart.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ColdStart.Data.Configuration;

internal sealed class ItemTagConfiguration : IEntityTypeConfiguration<ItemTagEntity>
{
    public void Configure(EntityTypeBuilder<ItemTagEntity> builder)
    {
        builder.ToTable("ItemTags");
        builder.HasKey(t => new { t.ItemId, t.Tag });
        builder.Property(t => t.Tag).HasMaxLength(100);
        builder.HasIndex(t => t.Tag);
    }
}
