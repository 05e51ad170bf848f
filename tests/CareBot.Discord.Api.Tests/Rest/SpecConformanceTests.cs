using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CareBot.Discord.Api.Json;
using CareBot.Discord.Api.Models;
using CareBot.Discord.Api.Rest;
using CareBot.Discord.Api.Tests.Rest.Support;
using CareBot.Testing.FakeDiscord.Rest;

namespace CareBot.Discord.Api.Tests.Rest;

/// <summary>The fake's routes and answers, and the client's JSON names, are Discord's as openapi.json describes them.</summary>
public sealed class SpecConformanceTests
{
    /// <summary>Each client model and the openapi.json schemas it may be sent or read as.</summary>
    private static readonly (Type Model, string[] Schemas)[] Models =
    [
        (typeof(User), ["UserPIIResponse"]),
        (typeof(Role), ["GuildRoleResponse"]),
        (typeof(Guild), ["GuildWithCountsResponse"]),
        (typeof(Channel), ["GuildChannelResponse", "PrivateChannelResponse"]),
        (typeof(Message), ["MessageResponse"]),
        (typeof(MessageCreate), ["MessageCreateRequest"]),
        (typeof(MessageEdit), ["MessageEditRequestPartial", "IncomingWebhookUpdateRequestPartial"]),
        (typeof(InteractionMessage), ["IncomingWebhookRequestPartial"]),
        (typeof(Embed), ["RichEmbed", "MessageEmbedResponse"]),
        (typeof(EmbedFooter), ["RichEmbedFooter"]),
        (typeof(EmbedImage), ["RichEmbedImage"]),
        (typeof(EmbedAuthor), ["RichEmbedAuthor"]),
        (typeof(EmbedField), ["RichEmbedField"]),
        (typeof(ActionRow), ["ActionRowComponentForMessageRequest"]),
        (typeof(Button), ["ButtonComponentForMessageRequest"]),
        (typeof(StringSelect), ["StringSelectComponentForMessageRequest"]),
        (typeof(SelectOption), ["StringSelectOptionForRequest"]),
        (typeof(ComponentEmoji), ["ComponentEmojiForRequest"]),
        (typeof(TextInput), ["TextInputComponentForModalRequest"]),
        (typeof(Attachment), ["MessageAttachmentResponse"]),
        (typeof(AttachmentReference), ["MessageAttachmentRequest"]),
        (typeof(AllowedMentions), ["MessageAllowedMentionsRequest"]),
        (typeof(MessageReference), ["MessageReferenceRequest"]),
        (typeof(ApplicationCommandDefinition), ["ApplicationCommandCreateRequest"]),
        (typeof(ApplicationCommand), ["ApplicationCommandResponse"]),
        (typeof(ApplicationCommandOption), ["ApplicationCommandStringOption", "ApplicationCommandSubcommandOption"]),
        (typeof(ApplicationCommandOptionChoice), ["ApplicationCommandOptionStringChoice"]),
        (typeof(InteractionResponse), ["CreateMessageInteractionCallbackRequest"]),
        (typeof(InteractionCallbackData), ["IncomingWebhookInteractionRequest", "ModalInteractionCallbackRequestData", "InteractionApplicationCommandAutocompleteCallbackStringData"]),
        (typeof(GatewayBot), ["GatewayBotResponse"]),
        (typeof(SessionStartLimit), ["GatewayBotSessionStartLimitResponse"]),
        (typeof(DirectMessageRequest), ["CreatePrivateChannelRequest"]),
    ];

    // openapi.json describes REST only: the interaction itself (and a member's permissions, sent only inside one)
    // arrives over the gateway, so Interaction, InteractionData and InteractionDataOption have no schema to check.
    private static readonly (Type Model, string[] Schemas, string[] GatewayOnly) Member =
        (typeof(GuildMember), ["GuildMemberResponse"], ["permissions"]);

    /// <summary>Properties kept out of the JSON ([JsonIgnore]), such as the files a multipart request carries beside it.</summary>
    private static IEnumerable<string> IgnoredNames(Type model) => model.GetProperties()
        .Where(property => property.IsDefined(typeof(JsonIgnoreAttribute), false))
        .Select(property => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(property.Name));

    [SpecFact]
    public void Every_route_the_fake_serves_is_a_Discord_operation()
    {
        var spec = OpenApiSpec.Load();
        Assert.All(FakeDiscordRestServer.Routes, route =>
        {
            var (method, path) = (route.Split(' ')[0], route.Split(' ')[1]);
            Assert.True(spec.HasOperation(method, path), $"openapi.json has no {route}");
        });
    }

    [SpecFact]
    public void Every_JSON_name_of_the_client_models_is_in_the_schema_it_travels_as()
    {
        var spec = OpenApiSpec.Load();
        Assert.All(Models.Append((Member.Model, Member.Schemas)), entry =>
        {
            var known = entry.Schemas.SelectMany(spec.Properties).ToHashSet();
            var names = DiscordJsonContext.Default.GetTypeInfo(entry.Model)!.Properties
                .Select(property => property.Name)
                .Except(IgnoredNames(entry.Model));
            var exempt = entry.Model == Member.Model ? Member.GatewayOnly : [];
            Assert.All(names.Except(exempt), name => Assert.True(known.Contains(name), $"{entry.Model.Name}.{name} is not in {string.Join("/", entry.Schemas)}"));
        });
    }

    [SpecFact]
    public async Task Every_answer_of_the_fake_uses_only_names_of_its_response_schema()
    {
        var spec = OpenApiSpec.Load();
        await using var harness = await RestHarness.StartAsync();
        await SpecScenario.RunAsync(harness);

        var answered = harness.Fake.Requests.Where(request => request.Status == 200 && request.ResponseJson is not null).ToList();
        Assert.True(answered.Select(request => request.Route).Distinct().Count() >= 12, "the scenario should reach every route that answers with JSON");
        Assert.All(answered, request =>
        {
            var (method, path) = (request.Route.Split(' ')[0], request.Route.Split(' ')[1]);
            var known = spec.ResponseSchemas(method, path).SelectMany(spec.Properties).ToHashSet();
            var objects = request.ResponseJson is JsonArray items ? items.OfType<JsonObject>() : [(JsonObject)request.ResponseJson!];
            Assert.All(objects.SelectMany(json => json.Select(property => property.Key)), name =>
                Assert.True(known.Contains(name), $"{request.Route} answered with '{name}', which its schema lacks"));
        });
    }
}
