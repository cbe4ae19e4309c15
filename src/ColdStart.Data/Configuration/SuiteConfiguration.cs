using ColdStart.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ColdStart.Data.Configuration;

internal sealed class SuiteConfiguration : IEntityTypeConfiguration<SuiteEntity>
{
    public void Configure(EntityTypeBuilder<SuiteEntity> builder)
    {
        builder.ToTable("Suites");
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.StrategyName).HasMaxLength(200);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne(s => s.Workspace).WithMany().HasForeignKey(s => s.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.WorkspaceId, s.Name }).IsUnique();
    }
}
