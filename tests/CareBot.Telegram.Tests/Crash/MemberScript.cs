namespace CareBot.Telegram.Tests.Crash;

/// <summary>
/// What one member does besides needs: offers, each followed later by a look at their offers or their own page, their
/// cap raised now and then, one look at the open needs. Each answer differs from that member's earlier ones (one more
/// offer, a higher cap), so two copies of an answer can only be one message sent twice.
/// </summary>
internal static class MemberScript
{
    // O: /offer, S: /offers, M: /mine, C: /me cap, N: /needs.
    private const string Steps = "OSOMCOSOMNCOSOMCOS";

    /// <summary>Answers that go to the member privately wherever they typed: some are typed in the group.</summary>
    private const double TypedInGroup = 0.3;

    public static int Longest => Steps.Length;

    public static Queue<Func<PlannedCommand>> For(CrashMember member, int length, Random random, TagSource tags)
    {
        var chain = new Queue<Func<PlannedCommand>>();
        var cap = Core.Members.Member.DefaultCap;
        foreach (var step in Steps[..length])
        {
            var where = step is 'M' or 'C' && random.NextDouble() < TypedInGroup ? member.Group : member.Private;
            var offersSoFar = member.OfferTags.Count;
            PlannedCommand command = step switch
            {
                'O' => Offer(member, tags.Next()),
                'S' => Latest(member, where, "/offers", "Your offers:", offersSoFar),
                'M' => Latest(member, where, "/mine", "Your needs", offersSoFar),
                'C' => Cap(member, where, ++cap),
                _ => new PlannedCommand(member, where, "/needs", [Expectation.Containing(member.Private, $"needs in {member.Group.Title}")]),
            };
            chain.Enqueue(() => command);
        }

        return chain;
    }

    private static PlannedCommand Offer(CrashMember member, string tag)
    {
        var text = CareTexts.Offers[(member.Index + member.OfferTags.Count) % CareTexts.Offers.Length];
        member.OfferTags.Add(tag);
        return new PlannedCommand(member, member.Private, $"/offer {tag} {text}", [Expectation.Containing(member.Private, "Noted your offer", tag)]);
    }

    /// <summary>An answer that lists the member's offers: it shows the latest one so far and not the next.</summary>
    private static PlannedCommand Latest(CrashMember member, Testing.FakeTelegram.FakeChat where, string command, string heading, int offersSoFar)
    {
        var latest = member.OfferTags[offersSoFar - 1];
        var expected = new Expectation(member.Private, $"{command} with {latest} and no later offer", text =>
            text.Contains(heading, StringComparison.Ordinal) && text.Contains(latest, StringComparison.Ordinal)
            && (member.OfferTags.Count == offersSoFar || !text.Contains(member.OfferTags[offersSoFar], StringComparison.Ordinal)));
        return new PlannedCommand(member, where, command, [expected]);
    }

    private static PlannedCommand Cap(CrashMember member, Testing.FakeTelegram.FakeChat where, int cap)
    {
        member.Cap = cap;
        return new PlannedCommand(member, where, $"/me cap {cap}",
            [Expectation.Containing(member.Private, $"You in {member.Group.Title}", $"Cap: {cap} needs at once")]);
    }
}
