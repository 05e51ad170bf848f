# syntax=docker/dockerfile:1
# Build stage: restore first (cached while only code changes), then publish the host.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Build.targets Directory.Packages.props CareBot.sln ./
# Every project the host references, directly or not: restore needs them all.
COPY src/CareBot/CareBot.csproj src/CareBot/
COPY src/CareBot.Core/CareBot.Core.csproj src/CareBot.Core/
COPY src/CareBot.Storage.Documents/CareBot.Storage.Documents.csproj src/CareBot.Storage.Documents/
COPY src/CareBot.Storage.LiteDb/CareBot.Storage.LiteDb.csproj src/CareBot.Storage.LiteDb/
COPY src/CareBot.Storage.PostgreSql/CareBot.Storage.PostgreSql.csproj src/CareBot.Storage.PostgreSql/
COPY src/CareBot.Delivery/CareBot.Delivery.csproj src/CareBot.Delivery/
COPY src/CareBot.ConsoleAdapter/CareBot.ConsoleAdapter.csproj src/CareBot.ConsoleAdapter/
COPY src/CareBot.Telegram/CareBot.Telegram.csproj src/CareBot.Telegram/
COPY src/CareBot.Discord.Api/CareBot.Discord.Api.csproj src/CareBot.Discord.Api/
COPY src/CareBot.Discord/CareBot.Discord.csproj src/CareBot.Discord/
COPY src/CareBot.Understanding.MiniLM/CareBot.Understanding.MiniLM.csproj src/CareBot.Understanding.MiniLM/
COPY src/CareBot.Maps/CareBot.Maps.csproj src/CareBot.Maps/
RUN dotnet restore src/CareBot/CareBot.csproj
COPY src/ src/
RUN dotnet publish src/CareBot/CareBot.csproj -c Release -o /app --no-restore

# Run stage: the ASP.NET Core runtime (Kestrel takes Telegram's pushed updates in webhook mode), as the image's non-root
# "app" user, with the database on a volume. The /map picture needs nothing more: SkiaSharp's Linux build without
# dependencies (no fontconfig) is published beside CareBot.dll, and the font is inside CareBot.Maps.dll.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
WORKDIR /app
COPY --from=build /app .
RUN mkdir -p /data && chown app:app /data
ENV Storage__Path=/data/carebot.db \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
VOLUME ["/data"]
# Telegram:Webhook:ListenUrl, when updates are pushed (e.g. http://0.0.0.0:8443 behind a TLS-terminating balancer).
EXPOSE 8443
USER app
# Healthy while the running bot writes its heartbeat beside the database (every 15 s, each time after reading the
# database); "carebot health" reads it. The image has no curl, and only a webhook instance has an HTTP port to ask. The start period
# covers loading the sentence model.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 CMD ["dotnet", "CareBot.dll", "health"]
ENTRYPOINT ["dotnet", "CareBot.dll"]
