using ColdStart.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ColdStart.Data.Configuration;

internal sealed class SuiteRunConfiguration : IEntityTypeConfiguration<SuiteRunEntity>
{
    public void Configure(EntityTypeBuilder<SuiteRunEntity> builder)
    {
        builder.ToTable("SuiteRuns");
        builder.Property(r => r.Trigger).HasMaxLength(16);
        builder.Property(r => r.TriggerDetail).HasMaxLength(500);
        builder.Property(r => r.StrategyName).HasMaxLength(200);
        builder.Property(r => r.ModelFingerprint).HasMaxLength(100);
        builder.Property(r => r.CatalogFingerprint).HasMaxLength(100);
        builder.Property(r => r.StrategyFingerprint).HasMaxLength(100);
        builder.HasOne(r => r.Suite).WithMany().HasForeignKey(r => r.SuiteId).OnDelete(DeleteBehavior.Cascade);
        // A suite's runs, newest first.
        builder.HasIndex(r => new { r.SuiteId, r.RanAt });
    }
}
