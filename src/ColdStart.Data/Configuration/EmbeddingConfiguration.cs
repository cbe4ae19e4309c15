using ColdStart.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ColdStart.Data.Configuration;

internal sealed class EmbeddingConfiguration : IEntityTypeConfiguration<EmbeddingEntity>
{
    public void Configure(EntityTypeBuilder<EmbeddingEntity> builder)
    {
        builder.ToTable("Embeddings");
        builder.HasKey(e => new { e.EncoderId, e.TextHash });
        builder.HasOne(e => e.Encoder).WithMany().HasForeignKey(e => e.EncoderId).OnDelete(DeleteBehavior.Cascade);
    }
}
