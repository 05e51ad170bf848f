using Microsoft.Extensions.Options;

namespace CareBot.Composition;

/// <summary>Checks the Storage section's choice of store at start-up; generated from the options' attributes and Validate.</summary>
[OptionsValidator]
internal sealed partial class StorageOptionsValidator : IValidateOptions<StorageOptions>;
