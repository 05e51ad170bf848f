using CareBot.Core.Storage;
using CareBot.Storage.LiteDb;
using CareBot.Storage.PostgreSql;
using Microsoft.Extensions.Options;

namespace CareBot.Composition;

/// <summary>What must hold before the host starts: every option validated, the database open.</summary>
internal static class StartupChecks
{
    /// <summary>Throws <see cref="OptionsValidationException"/> (all failures in one) or <see cref="StorageUnavailableException"/> or <see cref="PostgreSqlUnavailableException"/>.</summary>
    public static void Run(IServiceProvider services)
    {
        try
        {
            // The checks ValidateOnStart registered; the host would run them too, but only after logging their failure.
            services.GetService<IStartupValidator>()?.Validate();
        }
        catch (AggregateException e) when (e.InnerExceptions.All(inner => inner is OptionsValidationException))
        {
            var failures = e.InnerExceptions.Cast<OptionsValidationException>().SelectMany(inner => inner.Failures);
            throw new OptionsValidationException(Options.DefaultName, typeof(object), failures);
        }

        _ = services.GetRequiredService<ICareStore>();
    }
}
