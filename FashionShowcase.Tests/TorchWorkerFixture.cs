using FashionShowcase.Core.Runtime;

namespace FashionShowcase.Tests;

/// <summary>One torch worker shared by the tests of a collection (as the app shares one).</summary>
public sealed class TorchWorkerFixture : IDisposable
{
    public TorchWorker Worker { get; } = new(new TorchRuntimeOptions { Device = "cpu" });

    public void Dispose() => Worker.Dispose();
}

[CollectionDefinition(Name)]
public sealed class TorchCollection : ICollectionFixture<TorchWorkerFixture>
{
    public const string Name = "torch";
}
