using ColdStart.Data.Entities;
using Microsoft.EntityFrameworkCore;
using ColdStart.Data.Stores;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ColdStart.Data.Configuration;

internal sealed class BoardConfiguration : IEntityTypeConfiguration<BoardEntity>
{
    public void Configure(EntityTypeBuilder<BoardEntity> builder)
    {
        builder.ToTable("Boards");
        builder.Property(b => b.Name).HasMaxLength(BoardStore.MaxNameLength);
        builder.Property(b => b.Editing).HasMaxLength(200);
        builder.HasOne(b => b.Workspace).WithMany().HasForeignKey(b => b.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => new { b.WorkspaceId, b.Name }).IsUnique();
    }
}
