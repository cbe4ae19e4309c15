using ColdStart.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ColdStart.Data.Configuration;

internal sealed class StrategyConfiguration : IEntityTypeConfiguration<StrategyEntity>
{
    public void Configure(EntityTypeBuilder<StrategyEntity> builder)
    {
        builder.ToTable("Strategies");
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => s.Name).IsUnique();
    }
}
