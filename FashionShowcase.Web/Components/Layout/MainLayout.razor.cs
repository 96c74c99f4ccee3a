using MudBlazor;

namespace FashionShowcase.Web.Components.Layout;

/// <summary>The frame of every page: app bar with the dark mode toggle, navigation drawer, content.</summary>
public partial class MainLayout
{
    private bool _drawerOpen = true;
    private bool _darkMode;

    /// <summary>The one place colours are chosen; components use theme colours, never fixed ones.</summary>
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#6a3fb5",
            Secondary = "#d81b60",
            AppbarBackground = "#3b2470",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#b39ddb",
            Secondary = "#f48fb1",
        },
    };

    private void ToggleDrawer() => _drawerOpen = !_drawerOpen;

    private void ToggleDarkMode() => _darkMode = !_darkMode;
}
