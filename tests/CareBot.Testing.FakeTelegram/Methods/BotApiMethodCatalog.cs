namespace CareBot.Testing.FakeTelegram.Methods;

/// <summary>The methods the fake implements, found by name case-insensitively as the real API does.</summary>
internal static class BotApiMethodCatalog
{
    private static readonly Dictionary<string, IBotApiMethod> Methods = new IBotApiMethod[]
    {
        new GetMeMethod(),
        new GetUpdatesMethod(),
        new GetWebhookInfoMethod(),
        new DeleteWebhookMethod(),
        new SetWebhookMethod(),
        new SendMessageMethod(),
        new SendPhotoMethod(),
        new SendDocumentMethod(),
        new EditMessageTextMethod(),
        new EditMessageReplyMarkupMethod(),
        new DeleteMessageMethod(),
        new AnswerCallbackQueryMethod(),
        new SetMyCommandsMethod(),
        new GetMyCommandsMethod(),
        new DeleteMyCommandsMethod(),
        new GetChatMemberMethod(),
        new GetChatMethod(),
        new SendChatActionMethod(),
        new LeaveChatMethod(),
    }.ToDictionary(method => method.Description.Name, StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<FakeMethodDescription> Descriptions { get; } = [.. Methods.Values.Select(method => method.Description)];

    public static IBotApiMethod? Find(string name) => Methods.GetValueOrDefault(name);
}
