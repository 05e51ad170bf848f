using Microsoft.Extensions.Options;

namespace CareBot.Delivery;

/// <summary>Checks the Delivery section at start-up; the checks are generated from the options' attributes.</summary>
[OptionsValidator]
internal sealed partial class DeliveryOptionsValidator : IValidateOptions<DeliveryOptions>;
