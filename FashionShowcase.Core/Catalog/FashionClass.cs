namespace FashionShowcase.Core.Catalog;

/// <summary>The ten fine Fashion-MNIST classes; the numeric value is the official label.</summary>
public enum FashionClass
{
    TShirtTop = 0,
    Trouser = 1,
    Pullover = 2,
    Dress = 3,
    Coat = 4,
    Sandal = 5,
    Shirt = 6,
    Sneaker = 7,
    Bag = 8,
    AnkleBoot = 9,
}

/// <summary>The coarse groups the UI shows (the paper's tops / bottoms / shoes, plus dresses and bags).</summary>
public enum CategoryGroup
{
    Tops,
    Bottoms,
    Dresses,
    Shoes,
    Bags,
}
