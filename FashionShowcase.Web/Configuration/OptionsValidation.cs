using Microsoft.Extensions.Options;

namespace FashionShowcase.Web.Configuration;

/// <summary>Turns an options class's list of problems into a start-up failure that names every one.</summary>
internal sealed class OptionsValidation<T>(Func<T, IEnumerable<string>> problems) : IValidateOptions<T> where T : class
{
    public ValidateOptionsResult Validate(string? name, T options)
    {
        var found = problems(options).ToList();
        return found.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(found);
    }
}
