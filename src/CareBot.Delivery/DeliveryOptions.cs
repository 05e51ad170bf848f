using System.ComponentModel.DataAnnotations;

namespace CareBot.Delivery;

/// <summary>
/// The "Delivery" section: how this instance delivers beside others when several share one store (PostgreSQL). Alone
/// on a LiteDB file none of it is used, and delivery stays as it was.
/// </summary>
public sealed class DeliveryOptions
{
    public const string Section = "Delivery";

    private readonly string _generatedId = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}";
    private string? _instanceId;

    /// <summary>
    /// Names this instance in its claims; unique per running instance. Unset or empty: the machine, the process and a
    /// random part, which a restart changes (its old claims then lapse, or were released when it stopped).
    /// </summary>
    [StringLength(200, ErrorMessage = "Delivery:InstanceId must be at most 200 characters.")]
    public string InstanceId
    {
        get => string.IsNullOrWhiteSpace(_instanceId) ? _generatedId : _instanceId;
        set => _instanceId = value;
    }

    /// <summary>How long a claim on a destination lasts unless renewed: how soon a dead instance's chats are taken over.</summary>
    [Range(10, 3600, ErrorMessage = "Delivery:ClaimSeconds must be between 10 and 3600.")]
    public int ClaimSeconds { get; set; } = 30;

    /// <summary>
    /// Count the bot's sends across instances before each request, so the platform's bot-wide limits (and a group's)
    /// hold for the bot as a whole. Unset: on when the store is shared.
    /// </summary>
    public bool? SharedLimits { get; set; }

    /// <summary>Whether other instances may deliver from the same store; the host says so from Storage:Provider.</summary>
    public bool SharedStore => _sharedStore;

    public TimeSpan ClaimFor => TimeSpan.FromSeconds(ClaimSeconds);

    /// <summary>Claims are needed only where another instance could deliver the same messages.</summary>
    public bool Claims => SharedStore;

    public bool CountsShared => SharedLimits ?? SharedStore;

    /// <summary>Not an operator's setting: the host calls it when the store is one several instances can share.</summary>
    public void StoreIsShared(bool shared) => _sharedStore = shared;

    /// <summary>
    /// Takes the host's name for this instance (Cluster:InstanceId) unless Delivery:InstanceId was given, so an operator
    /// names an instance once and its claims and leases carry the same name.
    /// </summary>
    public void DefaultInstanceId(string instanceName)
    {
        if (string.IsNullOrWhiteSpace(_instanceId))
        {
            _instanceId = instanceName;
        }
    }

    private bool _sharedStore;
}
