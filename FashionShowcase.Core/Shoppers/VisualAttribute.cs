namespace FashionShowcase.Core.Shoppers;

/// <summary>
/// A visual property computed from an item's pixels. Shoppers' hidden taste is a weighting of these,
/// so each must be something a visitor can see in the picture.
/// </summary>
public enum VisualAttribute
{
    /// <summary>Mean grey level of the garment's own pixels (dark ↔ light fabric).</summary>
    Brightness = 0,

    /// <summary>Share of the frame the garment covers (slim ↔ roomy silhouette).</summary>
    Area = 1,

    /// <summary>Gradient energy inside the garment (plain ↔ patterned / textured).</summary>
    Texture = 2,

    /// <summary>Spread of grey levels inside the garment (muted ↔ high-contrast).</summary>
    Contrast = 3,

    /// <summary>How closely the left half mirrors the right half (asymmetric ↔ symmetric).</summary>
    Symmetry = 4,
}
