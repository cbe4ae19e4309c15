using ColdStart.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ColdStart.Data.Configuration;

internal sealed class EmbeddingEncoderConfiguration : IEntityTypeConfiguration<EmbeddingEncoderEntity>
{
    public void Configure(EntityTypeBuilder<EmbeddingEncoderEntity> builder)
    {
        builder.ToTable("EmbeddingEncoders");
        builder.Property(e => e.Fingerprint).HasMaxLength(64);
        builder.HasIndex(e => e.Fingerprint).IsUnique();
    }
}
