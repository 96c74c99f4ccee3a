using System.Diagnostics;
using System.Text.Json;
using FashionShowcase.Core.Catalog;
using FashionShowcase.Core.Imaging;
using FashionShowcase.Core.Models;
using FashionShowcase.Core.Runtime;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace FashionShowcase.Core.Training;

/// <summary>The outcome of a GAN run: the trained nets (owned by the worker; dispose there) and how it went.</summary>
public sealed class GanTrainingResult(ConditionalGenerator generator, ConditionalDiscriminator discriminator, long steps, double wallSeconds, IReadOnlyDictionary<string, double> lastMetrics) : IDisposable
{
    public ConditionalGenerator Generator { get; } = generator;

    public ConditionalDiscriminator Discriminator { get; } = discriminator;

    public long Steps { get; } = steps;

    public double WallSeconds { get; } = wallSeconds;

    public IReadOnlyDictionary<string, double> LastMetrics { get; } = lastMetrics;

    public void Dispose()
    {
        Generator.Dispose();
        Discriminator.Dispose();
    }
}

/// <summary>
/// Trains the category-conditional LSGAN (DESIGN.md point 2):
/// D minimises ½[(D(x,c) − 1)² + D(G(z,c'),c')²], G minimises (D(G(z,c'),c') − 1)², Adam on both.
/// </summary>
public sealed class GanTrainer(TorchWorker worker)
{
    public async Task<GanTrainingResult> TrainAsync(DataSplit data, GanTrainingOptions options, ITrainingListener? listener = null, CancellationToken cancellationToken = default)
    {
        options.Validate();
        return await TrainingLoop.RunAsync(worker, () => new GanSession(data, options, worker.Device), session => session.Finish(), listener, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>All state of one run; touched only on the worker thread.</summary>
    private sealed class GanSession : ITrainingSession
    {
        private readonly GanTrainingOptions _options;
        private readonly GanConfig _config;
        private readonly LabelledImages _data;
        private readonly Tensor _fixedZ;   // fixed noise for sample grids
        private readonly Tensor _fixedLabels;
        private readonly ConditionalGenerator _g;
        private readonly ConditionalDiscriminator _d;
        private readonly Adam _optG;
        private readonly Adam _optD;
        private readonly EpochOrder _order;
        private readonly long _totalSteps;
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly double _priorSeconds;
        private long _step;
        private readonly ThroughputMeter _throughput;
        private bool _handedOut;
        private Dictionary<string, double> _lastMetrics = [];

        public GanSession(DataSplit data, GanTrainingOptions options, Device device)
        {
            _options = options;
            _config = options.Config;
            if (data.Count < _config.BatchSize)
                throw new ArgumentException($"The training data has {data.Count} images, fewer than one batch of {_config.BatchSize}.");
            Seeds.Apply(options.Seed);
            _data = new LabelledImages(data, device);
            _g = new ConditionalGenerator(_config);
            _d = new ConditionalDiscriminator(_config);
            _g.to(device).train();
            _d.to(device).train();
            _optG = optim.Adam(_g.parameters(), _config.LearningRateG, _config.Beta1, _config.Beta2);
            _optD = optim.Adam(_d.parameters(), _config.LearningRateD, _config.Beta1, _config.Beta2);
            _order = new EpochOrder(options.Seed, data.Count, _config.BatchSize, device);
            _totalSteps = Math.Min(_order.StepsPerEpoch * _config.Epochs, options.MaxSteps ?? long.MaxValue);

            using (var g = NoiseGenerator(options.Seed, -1))
            using (var scope = NewDisposeScope())
            {
                int cols = options.SampleColumns;
                _fixedZ = randn([Categories.Count * cols, _config.LatentSize], generator: g).to(device).DetachFromDisposeScope();
                _fixedLabels = arange(Categories.Count, dtype: ScalarType.Int64).repeat_interleave(cols).to(device).DetachFromDisposeScope();
            }

            if (options.Resume && TrainingCheckpoint.TryReadState(options.CheckpointDirectory!) is { } state)
            {
                var saved = JsonSerializer.Deserialize<GanConfig>(state.ConfigJson);
                if (saved != _config)
                    throw new InvalidOperationException($"The checkpoint in '{options.CheckpointDirectory}' was made with a different GAN config; resume with the same settings or start a new run.");
                TrainingCheckpoint.Load(options.CheckpointDirectory!, Modules, Optimizers);
                _step = state.Step;
                _priorSeconds = state.WallSeconds;
            }
            _throughput = new ThroughputMeter(_step);
        }

        public bool IsDone => _step >= _totalSteps;

        private Dictionary<string, nn.Module> Modules => new() { ["generator"] = _g, ["discriminator"] = _d };

        private Dictionary<string, OptimizerHelper> Optimizers => new() { ["generator"] = _optG, ["discriminator"] = _optD };

        private double Elapsed => _priorSeconds + _clock.Elapsed.TotalSeconds;

        public TrainingProgress? Step()
        {
            using var scope = NewDisposeScope();
            int epoch = (int)(_step / _order.StepsPerEpoch);
            int batch = _config.BatchSize;
            var idx = _order.Batch(_step);
            var (real, labels) = _data.Select(idx);
            using var noise = NoiseGenerator(_options.Seed, _step);
            var z = randn([batch, _config.LatentSize], generator: noise).to(_data.Images.device);
            var fakeLabels = randint(0, Categories.Count, [batch], generator: noise, dtype: ScalarType.Int64).to(_data.Images.device);
            var fake = _g.forward(z, fakeLabels);

            // Update D: real → 1, generated → 0.
            _optD.zero_grad();
            var dReal = _d.forward(real, labels);
            var dFake = _d.forward(fake.detach(), fakeLabels);
            var lossD = 0.5 * ((dReal - 1).pow(2).mean() + dFake.pow(2).mean());
            lossD.backward();
            _optD.step();

            // Update G: make D call its images real. D's weights are frozen meanwhile: their gradients
            // would be thrown away by the next D update anyway (measured: ~20 % of the step's CPU time).
            _optG.zero_grad();
            SetRequiresGrad(_d, false);
            var lossG = (_d.forward(fake, fakeLabels) - 1).pow(2).mean();
            lossG.backward();
            SetRequiresGrad(_d, true);
            _optG.step();

            var ld = lossD.item<float>();
            var lg = lossG.item<float>();
            _step++;
            if (!float.IsFinite(ld)) throw new NonFiniteLossException("loss_d", _step, ld);
            if (!float.IsFinite(lg)) throw new NonFiniteLossException("loss_g", _step, lg);

            if (_options.CheckpointDirectory is not null && _step % _options.CheckpointEvery == 0)
                Checkpoint();
            if (_step % _options.ProgressEvery != 0 && !IsDone) return null;

            _lastMetrics = new Dictionary<string, double>
            {
                ["loss_d"] = ld,
                ["loss_g"] = lg,
                ["d_x"] = dReal.mean().item<float>(),
                ["d_g_z"] = dFake.mean().item<float>(),
            };
            var now = Elapsed;
            var (rate, eta) = _throughput.Lap(_step, _totalSteps, batch, now);
            bool sample = IsDone || (_options.SampleEvery > 0 && _step % _options.SampleEvery < _options.ProgressEvery);
            return new TrainingProgress(
                TrainingKind.Gan, _step, _totalSteps, epoch + 1, _config.Epochs, _lastMetrics, rate,
                TimeSpan.FromSeconds(now), eta,
                sample ? SampleGrid() : null);
        }

        /// <summary>One row per class from the fixed noise: the same grid position always shows the same z.</summary>
        public byte[] SampleGrid()
        {
            using var scope = NewDisposeScope();
            using var noGrad = no_grad();
            _g.eval();
            var images = _g.forward(_fixedZ, _fixedLabels);
            _g.train();
            return ImageCodec.EncodeGrid(images, _options.SampleColumns);
        }

        public void Checkpoint()
        {
            if (_options.CheckpointDirectory is null) return;
            var state = new CheckpointState(_step, (int)(_step / _order.StepsPerEpoch), (int)(_step % _order.StepsPerEpoch), _options.Seed,
                JsonSerializer.Serialize(_config), Elapsed);
            TrainingCheckpoint.Save(_options.CheckpointDirectory, state, Modules, Optimizers);
        }

        public GanTrainingResult Finish()
        {
            _g.eval();
            _d.eval();
            _handedOut = true;
            return new GanTrainingResult(_g, _d, _step, Elapsed, _lastMetrics);
        }

        public void Dispose()
        {
            _data.Dispose();
            _fixedZ.Dispose();
            _fixedLabels.Dispose();
            _order.Dispose();
            _optG.Dispose();
            _optD.Dispose();
            if (!_handedOut)
            {
                _g.Dispose();
                _d.Dispose();
            }
        }

        private static void SetRequiresGrad(nn.Module module, bool value)
        {
            foreach (var p in module.parameters()) p.requires_grad = value;
        }

        private static torch.Generator NoiseGenerator(long seed, long stream) => new(SeedMixer.Mix(seed, stream));
    }
}
