using System.Diagnostics;
using CareBot.Core.Platforms;
using CareBot.Telegram.Tests.Support;
using CareBot.Testing.FakeTelegram;
using FsCheck;
using FsCheck.Fluent;

namespace CareBot.Telegram.Tests.Properties;

/// <summary>
/// Whatever people type and whatever they and their group are called, every message the bot sends through the real
/// adapter is one Telegram accepts: the fake, which checks HTML, lengths and buttons as the server does, refuses
/// nothing, and each message it holds parses and fits again when checked on its own (<see cref="TelegramLimits"/>).
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class TelegramHtmlProperties
{
    // {t} is hostile text, {n} a need or offer number; person 0 owns the group, so their /agree goes through.
    private static readonly string[] Commands =
    [
        "/need {t}", "/need {t}", "/need anon {t}", "/offer {t}", "/offer {t}", "/claim {n}", "/claim {n}", "/pass {n}", "/done {n} {t}",
        "/cancel {n}", "/withdraw {n}", "/mine", "/mine", "/needs", "/needs", "/offers", "/me", "/me zone {t}", "/help", "/agreements",
        "/agree how-to-ask {t}", "/agree emergency {t}", "/agree zones {t}", "/flow", "/map", "/export", "/categories need {n} {t}",
        "/reveal {n}", "/need post", "{t}",
    ];

    private static int _runs;

    [Fact]
    public async Task Every_message_the_bot_sends_parses_as_telegram_html_and_fits_its_limits()
    {
        // One fake Telegram and one bot for all runs, each run in a group of its own: starting a bot costs seconds.
        await using var world = await GroupScenario.StartAsync();
        var runs = Arb.Zip(Arb.From(Groups()), Arb.Array(Arb.From(Steps())));

        // Fifteen runs of up to 30 messages each keep it to seconds on a busy machine; a failure prints the run (and its
        // seed, to replay it with Config.WithReplay), shrunk to the fewest messages that still fail.
        Prop.ForAll(runs, run => Task.Run(() => HoldsAsync(world, run.Item1, run.Item2)).GetAwaiter().GetResult())
            .Check(Config.QuickThrowOnFailure.WithMaxTest(15).WithStartSize(10).WithEndSize(30).WithQuietOnSuccess(true));
    }

    private static Gen<ChatGroup> Groups() =>
        from title in HostileText.Name(HostileText.MaxTitle)
        from names in Gen.ArrayOf(HostileText.Name(HostileText.MaxName), 4)
        select new ChatGroup(title, names);

    private static Gen<ChatStep> Steps() =>
        from person in Gen.Choose(0, 3)
        from inGroup in Gen.Elements(true, false)
        from command in Gen.Elements(Commands)
        from text in HostileText.Text(HostileText.MaxMessage - 40)
        from number in Gen.Choose(1, 4)
        select new ChatStep(person, inGroup, command.Replace("{n}", $"{number}", StringComparison.Ordinal).Replace("{t}", text, StringComparison.Ordinal));

    private static async Task<bool> HoldsAsync(GroupScenario world, ChatGroup setup, ChatStep[] steps)
    {
        var fake = world.Fake;
        var errorsBefore = fake.Requests.Errors.Count;
        var run = Interlocked.Increment(ref _runs);
        var people = setup.Names.Select((name, i) => fake.CreateUser(name, $"person{run}_{i}")).ToList();
        var group = fake.CreateGroup(setup.Title, people[0]);
        fake.AddBotToGroup(group, people[0]);
        foreach (var (person, i) in people.Select((person, i) => (person, i)))
        {
            fake.JoinGroup(group, person);
            if (i != setup.NeverStartedTheBot)
            {
                fake.UserStartsBot(person);
            }

            // Speaking in the group makes them a member CareBot knows, so their private commands find the group.
            fake.SendText(group, person, "/mine");
        }

        foreach (var step in steps)
        {
            var who = people[step.Person];
            var inGroup = step.InGroup || step.Person == setup.NeverStartedTheBot;
            fake.SendText(inGroup ? group : fake.PrivateChatWith(who), who, step.Text);
        }

        await SettleAsync(world);
        List<FakeChat> chats = [group, .. people.Select(fake.PrivateChatWith)];
        var presses = PressButtons(fake, chats, people);
        await SettleAsync(world);

        var refused = fake.Requests.Errors.Skip(errorsBefore)
            .Where(error => error.ErrorCode != 403) // someone who never opened a private chat can't be written to: expected
            .Select(error => $"{error.Method} answered {error.ErrorCode} {error.Description}");
        var unfit = chats.SelectMany(fake.MessagesIn)
            .SelectMany(message => TelegramLimits.Problems(message).Select(problem => $"{problem} in message {message.MessageId} to {message.ChatId}:\n{message.Text}"));
        var answers = presses.Select(fake.AnswerTo).OfType<CallbackAnswer>()
            .Where(answer => answer.Text?.Contains('\uFFFD', StringComparison.Ordinal) == true)
            .Select(answer => $"a button press answered with a replacement character: {answer.Text}");
        var problems = refused.Concat(unfit).Concat(answers).ToList();
        return problems.Count == 0 ? true : throw new Xunit.Sdk.XunitException(string.Join("\n\n", problems));
    }

    /// <summary>Presses the first callback button of the last two messages that have one, in every chat of the run.</summary>
    private static List<PressedButton> PressButtons(FakeTelegramServer fake, IReadOnlyList<FakeChat> chats, IReadOnlyList<FakeUser> people)
    {
        var presses = new List<PressedButton>();
        // The last person never opened a private chat, so the bot has nothing there to press.
        foreach (var chat in chats.Where(chat => chat.IsGroup || chat.User!.Id != people[^1].Id))
        {
            var presser = chat.User ?? people[1];
            foreach (var message in fake.MessagesIn(chat).Where(m => m.AllButtons.Any(b => b.CallbackData is not null)).TakeLast(2))
            {
                presses.Add(fake.PressButton(chat, message.MessageId, presser, message.AllButtons.First(b => b.CallbackData is not null).CallbackData!));
            }
        }

        return presses;
    }

    /// <summary>
    /// Waits until the bot has handled every update and delivered everything due. Re-checked whenever the fake sees a
    /// change, and at least every quarter second, because the bot marking a message sent is no change the fake can see.
    /// </summary>
    private static async Task SettleAsync(GroupScenario world)
    {
        var waited = Stopwatch.StartNew();
        bool Settled() => world.Fake.PendingUpdateCount == 0 && world.Bot.Engine.Outbox.Due(KnownPlatforms.Telegram, 1).Count == 0;
        while (!Settled())
        {
            if (waited.Elapsed > TestTimeout.Wait * 3)
            {
                throw new TimeoutException($"The bot was still busy after {waited.Elapsed}: {world.Fake.PendingUpdateCount} updates pending.");
            }

            try
            {
                await world.Fake.WaitUntilAsync(Settled, TimeSpan.FromMilliseconds(250), TestTimeout.Token);
            }
            catch (TimeoutException)
            {
                // Checked again above.
            }
        }
    }
}
