using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ColdStart.Data.Migrations
{
    /// <inheritdoc />
    public partial class EmbeddingCache : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EmbeddingEncoders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Fingerprint = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Dimension = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastUsedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmbeddingEncoders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Embeddings",
                columns: table => new
                {
                    EncoderId = table.Column<int>(type: "INTEGER", nullable: false),
                    TextHash = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Vector = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Embeddings", x => new { x.EncoderId, x.TextHash });
                    table.ForeignKey(
                        name: "FK_Embeddings_EmbeddingEncoders_EncoderId",
                        column: x => x.EncoderId,
                        principalTable: "EmbeddingEncoders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EmbeddingEncoders_Fingerprint",
                table: "EmbeddingEncoders",
                column: "Fingerprint",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Embeddings");

            migrationBuilder.DropTable(
                name: "EmbeddingEncoders");
        }
    }
}
