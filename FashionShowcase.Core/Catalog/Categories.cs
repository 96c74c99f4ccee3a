namespace FashionShowcase.Core.Catalog;

/// <summary>Names of the fine classes and their grouping for the UI.</summary>
public static class Categories
{
    public const int Count = 10;

    public static IReadOnlyList<FashionClass> All { get; } = Enum.GetValues<FashionClass>();

    public static IReadOnlyList<CategoryGroup> Groups { get; } = Enum.GetValues<CategoryGroup>();

    public static string DisplayName(FashionClass c) => c switch
    {
        FashionClass.TShirtTop => "T-shirt/top",
        FashionClass.Trouser => "Trouser",
        FashionClass.Pullover => "Pullover",
        FashionClass.Dress => "Dress",
        FashionClass.Coat => "Coat",
        FashionClass.Sandal => "Sandal",
        FashionClass.Shirt => "Shirt",
        FashionClass.Sneaker => "Sneaker",
        FashionClass.Bag => "Bag",
        FashionClass.AnkleBoot => "Ankle boot",
        _ => throw new ArgumentOutOfRangeException(nameof(c), c, "Unknown Fashion-MNIST class."),
    };

    public static CategoryGroup GroupOf(FashionClass c) => c switch
    {
        FashionClass.TShirtTop or FashionClass.Pullover or FashionClass.Coat or FashionClass.Shirt => CategoryGroup.Tops,
        FashionClass.Trouser => CategoryGroup.Bottoms,
        FashionClass.Dress => CategoryGroup.Dresses,
        FashionClass.Sandal or FashionClass.Sneaker or FashionClass.AnkleBoot => CategoryGroup.Shoes,
        FashionClass.Bag => CategoryGroup.Bags,
        _ => throw new ArgumentOutOfRangeException(nameof(c), c, "Unknown Fashion-MNIST class."),
    };

    public static IReadOnlyList<FashionClass> ClassesIn(CategoryGroup group) =>
        All.Where(c => GroupOf(c) == group).ToArray();

    /// <summary>Parses a fine class or a group by name ("sneaker", "Ankle boot", "tops"), case-insensitive.</summary>
    public static IReadOnlyList<FashionClass> Parse(string text)
    {
        var key = Normalize(text);
        foreach (var c in All)
            if (Normalize(c.ToString()) == key || Normalize(DisplayName(c)) == key || ((int)c).ToString() == key)
                return [c];
        foreach (var g in Groups)
            if (Normalize(g.ToString()) == key)
                return ClassesIn(g);
        throw new ArgumentException(
            $"Unknown category '{text}'. Use a class ({string.Join(", ", All.Select(DisplayName))}) or a group ({string.Join(", ", Groups)}).",
            nameof(text));
    }

    private static string Normalize(string s) =>
        new(s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
