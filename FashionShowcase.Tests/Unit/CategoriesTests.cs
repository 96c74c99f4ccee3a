using FashionShowcase.Core.Catalog;

namespace FashionShowcase.Tests.Unit;

public sealed class CategoriesTests
{
    [Theory]
    [InlineData(FashionClass.TShirtTop, CategoryGroup.Tops)]
    [InlineData(FashionClass.Pullover, CategoryGroup.Tops)]
    [InlineData(FashionClass.Coat, CategoryGroup.Tops)]
    [InlineData(FashionClass.Shirt, CategoryGroup.Tops)]
    [InlineData(FashionClass.Trouser, CategoryGroup.Bottoms)]
    [InlineData(FashionClass.Dress, CategoryGroup.Dresses)]
    [InlineData(FashionClass.Sandal, CategoryGroup.Shoes)]
    [InlineData(FashionClass.Sneaker, CategoryGroup.Shoes)]
    [InlineData(FashionClass.AnkleBoot, CategoryGroup.Shoes)]
    [InlineData(FashionClass.Bag, CategoryGroup.Bags)]
    public void Each_fine_class_belongs_to_its_ui_group(FashionClass fine, CategoryGroup group) =>
        Assert.Equal(group, Categories.GroupOf(fine));

    [Fact]
    public void Every_fine_class_is_in_exactly_one_group() =>
        Assert.Equal(Categories.All.Order(), Categories.Groups.SelectMany(Categories.ClassesIn).Order());

    [Fact]
    public void A_group_name_parses_to_its_fine_classes() =>
        Assert.Equal([FashionClass.Sandal, FashionClass.Sneaker, FashionClass.AnkleBoot], Categories.Parse("shoes"));

    [Fact]
    public void A_display_name_parses_to_its_class() =>
        Assert.Equal([FashionClass.AnkleBoot], Categories.Parse("Ankle boot"));

    [Fact]
    public void An_unknown_category_is_refused_with_the_valid_names() =>
        Assert.Contains("Sneaker", Assert.Throws<ArgumentException>(() => Categories.Parse("hats")).Message);
}
