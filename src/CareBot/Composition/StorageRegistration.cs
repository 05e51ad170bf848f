using CareBot.Core.Storage;
using CareBot.Storage.LiteDb;
using Microsoft.Extensions.Options;

namespace CareBot.Composition;

internal static class StorageRegistration
{
    public static IServiceCollection AddLiteDbStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LiteDbOptions>().Bind(configuration.GetSection(LiteDbOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<LiteDbOptions>, LiteDbOptionsValidator>();
        services.AddSingleton(sp => LiteDbCareStore.Open(sp.GetRequiredService<IOptions<LiteDbOptions>>().Value.Path));
        services.AddSingleton<ICareStore>(sp => sp.GetRequiredService<LiteDbCareStore>());
        return services;
    }
}
