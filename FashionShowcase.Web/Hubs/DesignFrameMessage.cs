using FashionShowcase.Core.Design;

namespace FashionShowcase.Web.Hubs;

/// <summary>One design step as sent to hub clients. <see cref="DesignTileMessage.Png"/> travels as base64 in JSON.</summary>
public sealed record DesignFrameMessage(int Step, int TotalSteps, bool IsFinal, IReadOnlyList<DesignTileMessage> Tiles)
{
    public static DesignFrameMessage From(DesignFrame frame) => new(frame.Step, frame.TotalSteps, frame.IsFinal,
        frame.Tiles.Select(t => new DesignTileMessage(t.Start, t.Class.ToString(), t.Png, t.Score, t.RealnessTerm, t.Objective, t.Rank)).ToArray());
}

/// <summary>One start's image and terms (see <see cref="DesignTile"/>); the raw pixels stay on the server.</summary>
public sealed record DesignTileMessage(int Start, string Class, byte[] Png, double Score, double RealnessTerm, double Objective, int? Rank);
