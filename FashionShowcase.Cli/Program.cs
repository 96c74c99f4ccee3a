using static TorchSharp.torch;
using var t = ones(3, 3);
Console.WriteLine((t.matmul(t)).sum().item<float>());
