namespace CareBot.Storage.PostgreSql;

/// <summary>One step of the schema, applied once, in its own transaction, and recorded in <c>schema_migrations</c>.</summary>
/// <param name="Version">Its place in the order; never reused, never changed once released.</param>
/// <param name="Description">What it does, as recorded beside the version.</param>
/// <param name="Sql">The statements.</param>
internal sealed record SchemaMigration(int Version, string Description, string Sql);
