namespace CareBot.Discord.Api.Models;

/// <summary>The kind of component that sent a MESSAGE_COMPONENT interaction.</summary>
public enum ComponentType
{
    ActionRow = 1,
    Button = 2,
    StringSelect = 3,
    TextInput = 4,
    UserSelect = 5,
    RoleSelect = 6,
    MentionableSelect = 7,
    ChannelSelect = 8,
}
