using System.Diagnostics;
using System.Text.Json;
using FashionShowcase.Core.Catalog;
using FashionShowcase.Core.Models;
using FashionShowcase.Core.Runtime;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace FashionShowcase.Core.Training;

/// <summary>One classifier training run.</summary>
public sealed record ClassifierTrainingOptions
{
    public ClassifierConfig Config { get; init; } = ClassifierConfig.Preset("cpu");

    public long Seed { get; init; } = 1;

    public string? CheckpointDirectory { get; init; }

    public bool Resume { get; init; }

    public int CheckpointEvery { get; init; } = 200;

    public int ProgressEvery { get; init; } = 20;

    public long? MaxSteps { get; init; }

    public void Validate()
    {
        Config.Validate();
        if (CheckpointEvery < 1) throw new ArgumentOutOfRangeException(nameof(CheckpointEvery), "CheckpointEvery must be ≥ 1.");
        if (ProgressEvery < 1) throw new ArgumentOutOfRangeException(nameof(ProgressEvery), "ProgressEvery must be ≥ 1.");
        if (MaxSteps is < 1) throw new ArgumentOutOfRangeException(nameof(MaxSteps), "MaxSteps must be ≥ 1.");
        if (Resume && CheckpointDirectory is null) throw new ArgumentException("Resume needs a checkpoint directory.", nameof(Resume));
    }
}

/// <summary>The trained classifier (owned by the worker; dispose there) and how the run went.</summary>
public sealed class ClassifierTrainingResult(FashionClassifier classifier, long steps, double wallSeconds) : IDisposable
{
    public FashionClassifier Classifier { get; } = classifier;

    public long Steps { get; } = steps;

    public double WallSeconds { get; } = wallSeconds;

    public void Dispose() => Classifier.Dispose();
}

/// <summary>Trains the metric classifier with cross-entropy and Adam on the train split.</summary>
public sealed class ClassifierTrainer(TorchWorker worker)
{
    public async Task<ClassifierTrainingResult> TrainAsync(DataSplit data, ClassifierTrainingOptions options, ITrainingListener? listener = null, CancellationToken cancellationToken = default)
    {
        options.Validate();
        return await TrainingLoop.RunAsync(worker, () => new ClassifierSession(data, options, worker.Device), session => session.Finish(), listener, cancellationToken)
            .ConfigureAwait(false);
    }

    private sealed class ClassifierSession : ITrainingSession
    {
        private readonly ClassifierTrainingOptions _options;
        private readonly LabelledImages _data;
        private readonly FashionClassifier _model;
        private readonly Adam _optimizer;
        private readonly EpochOrder _order;
        private readonly long _totalSteps;
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly double _priorSeconds;
        private long _step;
        private readonly ThroughputMeter _throughput;
        private double _lossSum;
        private double _correct;
        private long _seen;
        private bool _handedOut;

        public ClassifierSession(DataSplit data, ClassifierTrainingOptions options, Device device)
        {
            _options = options;
            var config = options.Config;
            if (data.Count < config.BatchSize)
                throw new ArgumentException($"The training data has {data.Count} images, fewer than one batch of {config.BatchSize}.");
            Seeds.Apply(options.Seed);
            _data = new LabelledImages(data, device);
            _model = new FashionClassifier(config);
            _model.to(device).train();
            _optimizer = optim.Adam(_model.parameters(), config.LearningRate);
            _order = new EpochOrder(options.Seed, data.Count, config.BatchSize, device);
            _totalSteps = Math.Min(_order.StepsPerEpoch * config.Epochs, options.MaxSteps ?? long.MaxValue);
            if (options.Resume && TrainingCheckpoint.TryReadState(options.CheckpointDirectory!) is { } state)
            {
                if (JsonSerializer.Deserialize<ClassifierConfig>(state.ConfigJson) != config)
                    throw new InvalidOperationException($"The checkpoint in '{options.CheckpointDirectory}' was made with a different classifier config.");
                TrainingCheckpoint.Load(options.CheckpointDirectory!, Modules, Optimizers);
                _step = state.Step;
                _priorSeconds = state.WallSeconds;
            }
            _throughput = new ThroughputMeter(_step);
        }

        public bool IsDone => _step >= _totalSteps;

        private Dictionary<string, nn.Module> Modules => new() { ["classifier"] = _model };

        private Dictionary<string, OptimizerHelper> Optimizers => new() { ["classifier"] = _optimizer };

        private double Elapsed => _priorSeconds + _clock.Elapsed.TotalSeconds;

        public TrainingProgress? Step()
        {
            using var scope = NewDisposeScope();
            var config = _options.Config;
            int epoch = (int)(_step / _order.StepsPerEpoch);
            var idx = _order.Batch(_step);
            var (x, y) = _data.Select(idx);
            _optimizer.zero_grad();
            var logits = _model.forward(x);
            var loss = nn.functional.cross_entropy(logits, y);
            loss.backward();
            _optimizer.step();
            var lossValue = loss.item<float>();
            _step++;
            if (!float.IsFinite(lossValue)) throw new NonFiniteLossException("loss", _step, lossValue);
            _lossSum += lossValue * config.BatchSize;
            _correct += logits.argmax(1).eq(y).sum().item<long>();
            _seen += config.BatchSize;

            if (_options.CheckpointDirectory is not null && _step % _options.CheckpointEvery == 0)
                Checkpoint();
            if (_step % _options.ProgressEvery != 0 && !IsDone) return null;

            var metrics = new Dictionary<string, double> { ["loss"] = _lossSum / _seen, ["train_accuracy"] = _correct / _seen };
            _lossSum = _correct = _seen = 0;
            var now = Elapsed;
            var (rate, eta) = _throughput.Lap(_step, _totalSteps, config.BatchSize, now);
            return new TrainingProgress(TrainingKind.Classifier, _step, _totalSteps, epoch + 1, config.Epochs, metrics, rate,
                TimeSpan.FromSeconds(now), eta);
        }

        public void Checkpoint()
        {
            if (_options.CheckpointDirectory is null) return;
            var state = new CheckpointState(_step, (int)(_step / _order.StepsPerEpoch), (int)(_step % _order.StepsPerEpoch), _options.Seed,
                JsonSerializer.Serialize(_options.Config), Elapsed);
            TrainingCheckpoint.Save(_options.CheckpointDirectory, state, Modules, Optimizers);
        }

        public ClassifierTrainingResult Finish()
        {
            _model.eval();
            _handedOut = true;
            return new ClassifierTrainingResult(_model, _step, Elapsed);
        }

        public void Dispose()
        {
            _data.Dispose();
            _order.Dispose();
            _optimizer.Dispose();
            if (!_handedOut) _model.Dispose();
        }
    }
}
