using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace CareBot.Delivery;

/// <summary>
/// Checks the Delivery section at start-up by its attributes, each failure in the attribute's own words (the generated
/// validator words a range in its own, which names the class rather than the key an operator sets).
/// </summary>
internal sealed class DeliveryOptionsValidator : IValidateOptions<DeliveryOptions>
{
    public ValidateOptionsResult Validate(string? name, DeliveryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var results = new List<ValidationResult>();
        return Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(results.Select(result => result.ErrorMessage ?? "Delivery has a value out of range."));
    }
}
