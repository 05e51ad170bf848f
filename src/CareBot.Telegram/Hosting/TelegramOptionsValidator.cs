using Microsoft.Extensions.Options;

namespace CareBot.Telegram.Hosting;

/// <summary>Checks the Telegram section at start-up; the checks are generated from the options' attributes.</summary>
[OptionsValidator]
public sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>;
