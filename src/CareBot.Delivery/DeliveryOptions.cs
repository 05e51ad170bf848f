using System.ComponentModel.DataAnnotations;

namespace CareBot.Delivery;

/// <summary>
/// The "Delivery" section: how this instance delivers beside others when several share one store (PostgreSQL). Alone
/// on a LiteDB file none of it is used, and delivery stays as it was.
/// </summary>
public sealed class DeliveryOptions
{
    public const string Section = "Delivery";

    /// <summary>Names this instance in its claims; unique per running instance. By default the machine, the process and a random part.</summary>
    [Required(ErrorMessage = "Delivery:InstanceId must not be empty.")]
    [StringLength(200, MinimumLength = 1, ErrorMessage = "Delivery:InstanceId must be 1 to 200 characters.")]
    public string InstanceId { get; set; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>How long a claim on a destination lasts unless renewed: how soon a dead instance's chats are taken over.</summary>
    [Range(10, 3600, ErrorMessage = "Delivery:ClaimSeconds must be between 10 and 3600.")]
    public int ClaimSeconds { get; set; } = 30;

    /// <summary>
    /// Count the bot's sends across instances before each request, so the platform's bot-wide limits (and a group's)
    /// hold for the bot as a whole. Unset: on when the store is shared.
    /// </summary>
    public bool? SharedLimits { get; set; }

    /// <summary>Whether other instances may deliver from the same store; the host says so from Storage:Provider.</summary>
    public bool SharedStore { get; private set; }

    public TimeSpan ClaimFor => TimeSpan.FromSeconds(ClaimSeconds);

    /// <summary>Claims are needed only where another instance could deliver the same messages.</summary>
    public bool Claims => SharedStore;

    public bool CountsShared => SharedLimits ?? SharedStore;

    /// <summary>Not an operator's setting: the host calls it when the store is one several instances can share.</summary>
    public void StoreIsShared(bool shared) => SharedStore = shared;
}
