using ColdStart.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ColdStart.Data.Configuration;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntryEntity>
{
    public void Configure(EntityTypeBuilder<AuditEntryEntity> builder)
    {
        builder.ToTable("AuditEntries");
        builder.Property(a => a.Actor).HasMaxLength(200);
        builder.Property(a => a.Kind).HasMaxLength(32);
        builder.Property(a => a.Action).HasMaxLength(16);
        builder.Property(a => a.Subject).HasMaxLength(300);
        builder.Property(a => a.Workspace).HasMaxLength(200);
        // Newest first, and the page's filters.
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => new { a.Kind, a.SubjectId });
    }
}
