namespace CareBot.Discord.Api.Models;

/// <summary>An embed's image or thumbnail; <c>attachment://name</c> shows a file sent with the message.</summary>
public sealed record EmbedImage(string Url);
