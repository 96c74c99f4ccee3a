using FashionShowcase.Web.Services.Shoppers;
using Microsoft.AspNetCore.Components;

namespace FashionShowcase.Web.Components.Pages.Home;

/// <summary>A persona as a card: name, taste in one sentence, a strip of items from their history, and a link to their shopper page.</summary>
public partial class PersonaCard
{
    /// <summary>The persona to show (its representative shopper's history fills the strip).</summary>
    [Parameter, EditorRequired]
    public PersonaProfile Profile { get; set; } = default!;
}
