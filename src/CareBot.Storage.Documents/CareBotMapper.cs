using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CareBot.Core.Communities;
using CareBot.Core.Members;
using CareBot.Core.Messages;
using CareBot.Core.Needs;
using CareBot.Core.Offers;
using CareBot.Core.Outbox;
using CareBot.Core.Platforms;
using CareBot.Core.Understanding;
using LiteDB;

namespace CareBot.Storage.Documents;

/// <summary>
/// How the engine's entities map to documents. Entities keep their private setters; the mapper reads
/// them, drops computed properties, and stores small value types (quiet hours, dates, destinations,
/// message content) in a stable, readable form.
/// </summary>
public static class CareBotMapper
{
    /// <summary>
    /// Message content is stored as JSON text: it is only ever read back whole. The same rules as for documents
    /// apply: computed properties (<see cref="OutgoingMessage.PlainText"/>) are left out, enums are names.
    /// </summary>
    private static readonly JsonSerializerOptions ContentJson = new(JsonSerializerDefaults.General)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { DropComputedProperties } },
    };

    public static BsonMapper Create()
    {
        var mapper = new BsonMapper { IncludeNonPublic = true, IncludeFields = false, EnumAsInteger = false };

        // Computed properties (no setter) are derived from stored ones; storing them would only let them drift.
        mapper.ResolveMember = (_, member, memberMapper) =>
        {
            if (member is PropertyInfo { CanWrite: false })
            {
                memberMapper.FieldName = null;
            }
        };

        mapper.RegisterType(StoredDates.Of, StoredDates.Read);
        mapper.RegisterType(
            meaning => meaning is null ? BsonValue.Null : new BsonValue(meaning.ToBytes()),
            bson => bson.IsBinary ? SemanticVector.FromBytes(bson.AsBinary) : null!);
        mapper.RegisterType(
            quiet => quiet is null ? BsonValue.Null : new BsonValue(quiet.ToString()),
            bson => bson.IsNull ? null! : QuietHours.TryParse(bson.AsString, out var quiet) ? quiet! : null!);
        mapper.RegisterType(
            date => new BsonValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            bson => DateOnly.ParseExact(bson.AsString, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        mapper.RegisterType(
            destination => new BsonDocument
            {
                ["Platform"] = destination.Platform,
                ["ChatId"] = destination.ChatId,
                ["Kind"] = destination.Kind.ToString(),
            },
            bson => new Destination(bson["Platform"].AsString, bson["ChatId"].AsString, Enum.Parse<ConversationKind>(bson["Kind"].AsString)));
        mapper.RegisterType(
            content => new BsonValue(System.Text.Json.JsonSerializer.Serialize(content, ContentJson)),
            bson => System.Text.Json.JsonSerializer.Deserialize<OutgoingMessage>(bson.AsString, ContentJson)!);

        mapper.Entity<Community>().Id(c => c.Id, autoId: true);
        mapper.Entity<Space>().Id(s => s.Key, autoId: false);
        mapper.Entity<Member>().Id(m => m.Id, autoId: true)
            .Field(m => m.IdentityList, "Identities")
            .Field(m => m.IdentityKeyList, "IdentityKeys")
            .Field(m => m.RecentHelpList, "RecentHelps")
            .Field(m => m.DeferredAskList, "DeferredAsks");
        mapper.Entity<Offer>().Id(o => o.Id, autoId: true)
            .Field(o => o.CategoryList, "Categories")
            .Field(o => o.KeywordList, "Keywords");
        mapper.Entity<Need>().Id(n => n.Id, autoId: true)
            .Field(n => n.CategoryList, "Categories")
            .Field(n => n.KeywordList, "Keywords")
            .Field(n => n.HelperList, "Helpers")
            .Field(n => n.AskedList, "Asked")
            .Field(n => n.PassedList, "Passed");
        mapper.Entity<Agreements>().Field(a => a.ZoneList, "Zones");
        mapper.Entity<OutboxMessage>().Id(o => o.Id, autoId: true)
            .Field(o => o.MemberIdList, "MemberIds")
            .Field(o => o.RemovesList, "Removes");
        mapper.Entity<SendRecord>().Id(r => r.Id, autoId: true);
        return mapper;
    }

    private static void DropComputedProperties(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        for (var i = type.Properties.Count - 1; i >= 0; i--)
        {
            if (type.Properties[i].Set is null)
            {
                type.Properties.RemoveAt(i);
            }
        }
    }
}
