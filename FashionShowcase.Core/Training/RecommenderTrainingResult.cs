using FashionShowcase.Core.Models;

namespace FashionShowcase.Core.Training;

/// <summary>
/// What a DVBPR run produced. The model lives on the torch worker; dispose it there. Elapsed counts
/// the training time of every run that led here (resumed runs add the checkpoint's time).
/// </summary>
public sealed record RecommenderTrainingResult(
    DvbprModel Model,
    long Steps,
    int Epochs,
    double FinalLoss,
    double ValidationAuc,
    TimeSpan Elapsed,
    long ResumedFromStep);
