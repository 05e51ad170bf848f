using System.Net;
using CareBot.Testing.FakeTelegram.Tests.Support;

namespace CareBot.Testing.FakeTelegram.Tests;

/// <summary>The fake against the official Bot API spec: its methods, its parameters, its answers' shapes.</summary>
public sealed class SpecConformanceTests
{
    private static CancellationToken Ct => TestTimeout.Token;

    [SpecFact]
    public void Every_implemented_method_exists_in_the_spec()
    {
        var spec = ApiSpec.Load();

        Assert.Empty(FakeTelegramServer.ImplementedMethods.Where(method => !spec.HasMethod(method.Name)).Select(method => method.Name));
    }

    [SpecFact]
    public void Every_parameter_the_fake_reads_or_accepts_exists_for_its_method()
    {
        var spec = ApiSpec.Load();

        var strays = FakeTelegramServer.ImplementedMethods
            .SelectMany(method => method.ReadParameters.Concat(method.IgnoredParameters)
                .Where(parameter => spec.MethodFields(method.Name).All(field => field.Name != parameter))
                .Select(parameter => $"{method.Name}.{parameter}"));

        Assert.Empty(strays);
    }

    [SpecFact]
    public void The_fake_requires_exactly_what_the_spec_requires()
    {
        var spec = ApiSpec.Load();

        foreach (var method in FakeTelegramServer.ImplementedMethods)
        {
            var required = spec.MethodFields(method.Name).Where(field => field.Required).Select(field => field.Name).Order();
            Assert.Equal([.. required], [.. method.RequiredParameters.Order()]);
        }
    }

    [SpecFact]
    public async Task Leaving_out_any_required_parameter_is_a_bad_request()
    {
        var spec = ApiSpec.Load();
        await using var harness = await Harness.StartAsync();
        var (group, owner) = await harness.GroupWithBotAsync();
        var samples = new Dictionary<string, object>
        {
            ["chat_id"] = group.Id,
            ["text"] = "hi",
            ["photo"] = "https://example.org/map.png",
            ["document"] = "https://example.org/export.json",
            ["callback_query_id"] = "1",
            ["commands"] = new[] { new { command = "offer", description = "Offer help" } },
            ["user_id"] = owner.Id,
            ["action"] = "typing",
            ["message_id"] = 1,
        };

        foreach (var method in FakeTelegramServer.ImplementedMethods)
        {
            var required = spec.MethodFields(method.Name).Where(field => field.Required).Select(field => field.Name).ToList();
            foreach (var left in required)
            {
                var parameters = required.Where(name => name != left).ToDictionary(name => name, name => samples[name]);
                var response = await harness.Raw.CallAsync(method.Name, parameters, Ct);

                Assert.True(response.Status == HttpStatusCode.BadRequest, $"{method.Name} without {left}: {response.Status}");
                Assert.StartsWith("Bad Request: ", response.Description, StringComparison.Ordinal);
            }
        }
    }

    [SpecFact]
    public async Task Every_answer_has_the_shape_the_spec_gives_its_method()
    {
        var spec = ApiSpec.Load();
        var validator = new SpecShapeValidator(spec);
        await using var harness = await Harness.StartAsync(new FakeTelegramOptions { RateLimits = FakeRateLimitOptions.Disabled });
        var answers = await SpecScenario.RunAsync(harness, Ct);

        var problems = answers.SelectMany(answer =>
        {
            Assert.True(answer.Response.Ok, $"{answer.Method}: {answer.Response.Body}");
            return validator.Problems(answer.Response.Result, spec.Returns(answer.Method), answer.Method);
        });

        Assert.Empty(problems);
        var covered = answers.Select(answer => answer.Method).ToHashSet(StringComparer.Ordinal);
        var implemented = FakeTelegramServer.ImplementedMethods.Select(method => method.Name).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(implemented, covered); // every method's answer was checked
    }

    [SpecFact]
    public async Task The_parameters_of_an_error_have_the_shape_of_ResponseParameters()
    {
        var validator = new SpecShapeValidator(ApiSpec.Load());
        await using var harness = await Harness.StartAsync();
        var (group, owner) = await harness.GroupWithBotAsync(FakeChatType.Group);
        harness.Server.UpgradeToSupergroup(group, owner);
        harness.Server.FailNext("getMe", 1, FakeFault.TooManyRequests(3));

        var upgraded = await harness.Raw.CallAsync("sendMessage", new { chat_id = group.Id, text = "hi" }, Ct);
        var limited = await harness.Raw.CallAsync("getMe", null, Ct);

        Assert.Empty(validator.Problems(upgraded.Body.GetProperty("parameters"), ["ResponseParameters"], "sendMessage.parameters"));
        Assert.Empty(validator.Problems(limited.Body.GetProperty("parameters"), ["ResponseParameters"], "getMe.parameters"));
    }

    [SpecFact]
    public void The_shape_check_notices_unknown_and_missing_fields()
    {
        var validator = new SpecShapeValidator(ApiSpec.Load());
        using var json = System.Text.Json.JsonDocument.Parse("""{"message_id":1,"chat":{"id":1,"type":"private","colour":"red"}}""");

        var problems = validator.Problems(json.RootElement, ["Message"], "message");

        Assert.Contains("message.chat.colour: Chat has no such field", problems);
        Assert.Contains("message: required field Message.date is missing", problems);
    }
}
