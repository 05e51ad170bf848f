namespace CareBot.Core.Linking;

/// <summary>What a <c>/link</c> code joins.</summary>
internal enum LinkKind
{
    /// <summary>A group with a group elsewhere: one community in several spaces.</summary>
    Space,

    /// <summary>A person's account with their account on another platform: one person.</summary>
    Person,
}
