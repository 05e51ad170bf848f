namespace CareBot.Storage.PostgreSql;

/// <summary>A document's JSON, marked so it is sent as jsonb rather than text.</summary>
internal sealed record JsonbText(string Json);
