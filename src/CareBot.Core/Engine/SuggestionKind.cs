namespace CareBot.Core.Engine;

/// <summary>What a person is picking while typing a command, for platforms that suggest values (Discord autocomplete).</summary>
public enum SuggestionKind
{
    /// <summary>The community's needs still waiting for help or being helped, by number.</summary>
    Needs,

    /// <summary>The person's own active offers, by number.</summary>
    MyOffers,

    /// <summary>The categories needs and offers are sorted into.</summary>
    Categories,

    /// <summary>The community's named zones.</summary>
    Zones,
}
