using Microsoft.Extensions.Options;

namespace CareBot.Composition;

/// <summary>Checks the Cluster section at start-up; the checks are generated from the options' attributes.</summary>
[OptionsValidator]
internal sealed partial class ClusterOptionsValidator : IValidateOptions<ClusterOptions>;
