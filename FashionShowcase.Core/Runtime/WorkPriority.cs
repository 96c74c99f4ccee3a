namespace FashionShowcase.Core.Runtime;

/// <summary>Interactive work (a visitor's design step) runs ahead of background work (a training step).</summary>
public enum WorkPriority
{
    Interactive,
    Background,
}
