using System.Text.Json.Serialization;
using CareBot.Discord.Api.Json;

namespace CareBot.Discord.Api.Models;

/// <summary>The permission bits a care bot checks; Discord sends the set as a decimal string.</summary>
[Flags]
[JsonConverter(typeof(PermissionsJsonConverter))]
public enum Permissions : ulong
{
    None = 0,
    CreateInstantInvite = 1UL << 0,
    KickMembers = 1UL << 1,
    BanMembers = 1UL << 2,
    Administrator = 1UL << 3,
    ManageChannels = 1UL << 4,
    ManageGuild = 1UL << 5,
    AddReactions = 1UL << 6,
    ViewChannel = 1UL << 10,
    SendMessages = 1UL << 11,
    ManageMessages = 1UL << 13,
    EmbedLinks = 1UL << 14,
    AttachFiles = 1UL << 15,
    ReadMessageHistory = 1UL << 16,
    MentionEveryone = 1UL << 17,
    ManageRoles = 1UL << 28,
    UseApplicationCommands = 1UL << 31,
    ModerateMembers = 1UL << 40,

    /// <summary>Every bit, as an owner or an administrator holds them.</summary>
    All = ulong.MaxValue,
}
