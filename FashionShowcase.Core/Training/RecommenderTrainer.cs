using System.Diagnostics;
using FashionShowcase.Core.Evaluation;
using FashionShowcase.Core.Models;
using FashionShowcase.Core.Runtime;
using FashionShowcase.Core.Shoppers;
using TorchSharp;
using static TorchSharp.torch;

namespace FashionShowcase.Core.Training;

/// <summary>
/// Trains DVBPR end to end: for sampled triples (u, i, j) — i an item u interacted with, j a warm
/// item outside u's training items — maximise ln σ(θuᵀΦ(Xi) − θuᵀΦ(Xj)) − λΦ‖W‖² − λθ‖θu‖² with
/// Adam. Each step is one background item on the torch worker (interactive work overtakes it) inside
/// its own dispose scope. Deterministic by seed: the pair order and negatives of step s depend only
/// on (seed, epoch, batch), so a resumed run continues exactly where the checkpoint stopped.
/// </summary>
public sealed class RecommenderTrainer(TorchWorker worker, RecommenderOptions options, ITrainingListener? listener = null)
{
    /// <summary>Test seam: runs on the worker right after the model is built (e.g. to poison a weight).</summary>
    internal Action<DvbprModel>? OnModelReady { get; init; }

    public RecommenderOptions Options { get; } = options;

    /// <param name="shoppers">The shopper set built with <see cref="RecommenderOptions.Shoppers"/>.</param>
    /// <param name="checkpointDirectory">Where checkpoints go; null disables them.</param>
    /// <param name="resume">Continue from the checkpoint in <paramref name="checkpointDirectory"/> if there is one.</param>
    public async Task<RecommenderTrainingResult> TrainAsync(ShopperSet shoppers, string? checkpointDirectory = null, bool resume = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shoppers);
        Options.Validate();
        if (resume && checkpointDirectory is null)
            throw new ArgumentException("Resuming needs a checkpoint directory.", nameof(checkpointDirectory));
        var split = shoppers.Split;
        var (pairShoppers, pairItems) = split.TrainingPairs();
        if (pairShoppers.Length == 0)
            throw new ArgumentException("The shopper set has no training interactions.", nameof(shoppers));
        var config = Options.ModelConfig(split.ShopperCount);
        long stepsPerEpoch = (pairShoppers.Length + Options.BatchSize - 1) / Options.BatchSize;
        long totalSteps = stepsPerEpoch * Options.Epochs;
        var validation = RecommenderAuc.SampleCases(split, HeldOut.Validation, Options.Seed, maxShoppers: 1000);

        DvbprModel? model = null;
        TorchSharp.Modules.Adam? optimizer = null;
        Tensor? images = null;
        try
        {
            long step = 0;
            double priorSeconds = 0;
            await worker.RunAsync(() =>
            {
                Seeds.Apply(Options.Seed);
                model = new DvbprModel(config);
                model.to(worker.Device);
                optimizer = optim.Adam(model.parameters(), Options.LearningRate);
                images = DvbprModel.CatalogTensor(shoppers.Catalog, worker.Device);
                if (resume && RecommenderCheckpoint.ReadState(checkpointDirectory!) is { } state)
                {
                    if (state.Model != config || state.Options.Seed != Options.Seed || state.Options.BatchSize != Options.BatchSize
                        || state.Options.Shoppers != Options.Shoppers)
                        throw new InvalidOperationException(
                            $"The checkpoint in '{checkpointDirectory}' was made with other settings (model {state.Model}, seed {state.Options.Seed}, batch {state.Options.BatchSize}); resume with the same settings or start afresh without --resume.");
                    RecommenderCheckpoint.Load(checkpointDirectory!, model, optimizer);
                    step = state.Step;
                    priorSeconds = state.TrainingSeconds;
                }
                OnModelReady?.Invoke(model);
            }, WorkPriority.Background, cancellationToken);

            long resumedFrom = step;
            var clock = Stopwatch.StartNew();
            int[]? order = null;
            int orderEpoch = -1;
            double lossSum = 0, lastLoss = double.NaN, validationAuc = double.NaN;
            int lossCount = 0;
            while (step < totalSteps)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int epoch = (int)(step / stepsPerEpoch);
                int batch = (int)(step % stepsPerEpoch);
                if (orderEpoch != epoch)
                {
                    order = Enumerable.Range(0, pairShoppers.Length).ToArray();
                    SeedStream.For(Options.Seed, -10, epoch).Shuffle(order);
                    orderEpoch = epoch;
                }
                int start = batch * Options.BatchSize, count = Math.Min(Options.BatchSize, pairShoppers.Length - start);
                var u = new long[count];
                var i = new long[count];
                var j = new long[count];
                var rng = SeedStream.For(Options.Seed, -11 - epoch, batch);
                for (int k = 0; k < count; k++)
                {
                    var pair = order![start + k];
                    u[k] = pairShoppers[pair];
                    i[k] = pairItems[pair];
                    j[k] = split.SampleNegative(pairShoppers[pair], rng);
                }

                var loss = await worker.RunAsync(() => Step(model!, optimizer!, images!, u, i, j), WorkPriority.Background, cancellationToken);
                if (!double.IsFinite(loss))
                    throw new NonFiniteLossException("bpr_loss", step + 1, loss);
                step++;
                lastLoss = loss;
                lossSum += loss;
                lossCount++;

                bool epochEnd = step % stepsPerEpoch == 0;
                if (checkpointDirectory is not null && (step % Options.CheckpointEvery == 0 || step == totalSteps))
                {
                    var state = new RecommenderCheckpointState(step, (int)(step / stepsPerEpoch), Options, config, priorSeconds + clock.Elapsed.TotalSeconds);
                    await worker.RunAsync(() => RecommenderCheckpoint.Save(checkpointDirectory, model!, optimizer!, state), WorkPriority.Background, cancellationToken);
                }
                if (epochEnd && validation.Count > 0)
                    validationAuc = await worker.RunAsync(() => Auc(model!, images!, validation), WorkPriority.Background, cancellationToken);
                if (epochEnd || step % Options.ProgressEvery == 0)
                {
                    var metrics = new Dictionary<string, double> { ["loss"] = lossSum / lossCount };
                    if (epochEnd && !double.IsNaN(validationAuc)) metrics["auc"] = validationAuc;
                    Report(step, totalSteps, epochEnd ? epoch + 1 : epoch, metrics, (step - resumedFrom) * Options.BatchSize, clock.Elapsed,
                        epochEnd ? $"epoch {epoch + 1}/{Options.Epochs}: validation AUC {validationAuc:F3}" : null);
                    lossSum = 0;
                    lossCount = 0;
                }
            }
            if (double.IsNaN(validationAuc) && validation.Count > 0)
                validationAuc = await worker.RunAsync(() => Auc(model!, images!, validation), WorkPriority.Background, cancellationToken);
            var trained = model!;
            model = null; // handed to the caller
            return new RecommenderTrainingResult(trained, step, Options.Epochs, lastLoss, validationAuc, clock.Elapsed + TimeSpan.FromSeconds(priorSeconds), resumedFrom);
        }
        finally
        {
            var leftovers = (model, optimizer, images);
            if (leftovers.model is not null || leftovers.optimizer is not null || leftovers.images is not null)
                await worker.RunAsync(() =>
                {
                    leftovers.model?.Dispose();
                    leftovers.optimizer?.Dispose();
                    leftovers.images?.Dispose();
                }, WorkPriority.Background);
        }
    }

    /// <summary>One BPR step; returns the BPR loss before the update (NaN/∞ → no update).</summary>
    private double Step(DvbprModel model, TorchSharp.Modules.Adam optimizer, Tensor images, long[] u, long[] i, long[] j)
    {
        using var scope = NewDisposeScope();
        model.train();
        var device = images.device;
        var shoppers = tensor(u, device: device);
        var items = tensor(i.Concat(j).ToArray(), device: device);
        var phi = model.forward(images.index_select(0, items));              // [2B, K]
        var n = u.Length;
        var phiPositive = phi.narrow(0, 0, n);
        var phiNegative = phi.narrow(0, n, n);
        var theta = model.ShopperVectors(shoppers);                          // [B, K]
        var margin = (theta * (phiPositive - phiNegative)).sum(1);           // x(u,i) − x(u,j)
        var bpr = -nn.functional.logsigmoid(margin).mean();
        var l2Theta = theta.pow(2).sum(1).mean() * Options.LambdaTheta;
        Tensor l2Phi = zeros(1, device: device);
        foreach (var w in model.ImageNetWeights()) l2Phi = l2Phi + w.pow(2).sum();
        var loss = bpr + l2Theta + l2Phi * Options.LambdaPhi;
        var value = bpr.item<float>();
        if (!float.IsFinite(value) || !float.IsFinite(loss.item<float>()))
            return float.IsFinite(value) ? double.NaN : value;
        optimizer.zero_grad();
        loss.backward();
        optimizer.step();
        return value;
    }

    private static double Auc(DvbprModel model, Tensor images, IReadOnlyList<AucCase> cases)
    {
        var embedding = model.EmbedAll(images);
        var theta = model.ThetaSnapshot();
        return RecommenderAuc.Compute(cases, EmbeddingScorer.Create(theta, embedding, model.Config.EmbeddingSize));
    }

    private void Report(long step, long total, int epoch, Dictionary<string, double> metrics, long items, TimeSpan elapsed, string? message)
    {
        if (listener is null) return;
        var perSecond = elapsed.TotalSeconds > 0 ? items / elapsed.TotalSeconds : 0;
        TimeSpan? eta = perSecond > 0 ? TimeSpan.FromSeconds((total - step) * Options.BatchSize / perSecond) : null;
        listener.OnProgress(new TrainingProgress(TrainingKind.Recommender, step, total, epoch, Options.Epochs, metrics, perSecond, elapsed, eta, Message: message));
    }
}
