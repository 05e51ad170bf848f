using CareBot.Storage.LiteDb;
using Microsoft.Extensions.Options;

namespace CareBot.Composition;

/// <summary>Checks the Storage section at start-up; the checks are generated from the options' attributes.</summary>
[OptionsValidator]
internal sealed partial class LiteDbOptionsValidator : IValidateOptions<LiteDbOptions>;
