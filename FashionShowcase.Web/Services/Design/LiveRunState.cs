namespace FashionShowcase.Web.Services.Design;

/// <summary>Where a live design or alteration is, for the page's states.</summary>
public enum LiveRunState
{
    /// <summary>Nothing started yet.</summary>
    Idle,

    /// <summary>Started; frames may or may not have arrived.</summary>
    Running,

    /// <summary>The final frame arrived.</summary>
    Finished,

    /// <summary>Stopped before the end (a newer request, or the visitor left).</summary>
    Cancelled,

    /// <summary>Could not run; <c>Problem</c> says why.</summary>
    Failed,
}
