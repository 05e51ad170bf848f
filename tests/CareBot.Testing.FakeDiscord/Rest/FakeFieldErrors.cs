using System.Text.Json.Nodes;

namespace CareBot.Testing.FakeDiscord.Rest;

/// <summary>Collects field errors and builds Discord's nested <c>errors</c> object ({"content": {"_errors": [...]}}).</summary>
internal sealed class FakeFieldErrors
{
    private readonly List<(string Path, string Code, string Message)> _errors = [];

    public bool Any => _errors.Count > 0;

    public void Add(string path, string code, string message) => _errors.Add((path, code, message));

    public void MaxLength(string path, int max) => Add(path, "BASE_TYPE_MAX_LENGTH", $"Must be {max} or fewer in length.");

    public void Unknown(string path) => Add(path, "UNKNOWN_FIELD", "This field is not allowed.");

    public void Required(string path) => Add(path, "BASE_TYPE_REQUIRED", "This field is required");

    public JsonObject ToJson()
    {
        var root = new JsonObject();
        foreach (var (path, code, message) in _errors)
        {
            var node = root;
            foreach (var segment in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
            {
                node = node[segment] as JsonObject ?? (JsonObject)(node[segment] = new JsonObject());
            }

            var list = node["_errors"] as JsonArray ?? (JsonArray)(node["_errors"] = new JsonArray());
            list.Add(new JsonObject { ["code"] = code, ["message"] = message });
        }

        return root;
    }
}
