using System.Globalization;
using System.Text.Json;
using FashionShowcase.Core.Training;
using Microsoft.Data.Sqlite;

namespace FashionShowcase.Core.Storage;

/// <summary>Where a training run is in its life.</summary>
public enum RunState
{
    Queued,
    Running,
    Finished,
    Failed,
    Cancelled,

    /// <summary>The process stopped while the run was running (crash, restart); it will not resume by itself.</summary>
    Interrupted,
}

/// <summary>One training run as stored: what was asked (request JSON), where it writes, and how it ended.</summary>
public sealed record RunRecord(
    long Id,
    TrainingKind Kind,
    string RequestJson,
    RunState State,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    string? OutputDirectory,
    string? Error,
    IReadOnlyDictionary<string, double> FinalMetrics)
{
    public bool IsOver => State is RunState.Finished or RunState.Failed or RunState.Cancelled or RunState.Interrupted;
}

/// <summary>One stored progress event (without its image: sample grids live in the run's directory).</summary>
public sealed record RunEventRecord(
    long RunId,
    long Sequence,
    DateTimeOffset At,
    long Step,
    long TotalSteps,
    int Epoch,
    int TotalEpochs,
    IReadOnlyDictionary<string, double> Metrics,
    double ItemsPerSecond,
    TimeSpan Elapsed,
    TimeSpan? Eta,
    string? Message);

/// <summary>
/// Run history in a SQLite file (tables runs and run_events). One connection per call keeps it safe
/// to use from the coordinator and from pages at once; SQLite serialises the writes. A run still
/// marked running when the store opens belonged to a process that stopped: it becomes interrupted.
/// </summary>
public sealed class RunStore
{
    private readonly string _connectionString;

    public RunStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            // Pooling keeps the file open after dispose; tests reopen and delete the file.
            Pooling = false,
        }.ToString();
        using var connection = Open();
        Execute(connection, """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS runs (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                kind TEXT NOT NULL,
                request_json TEXT NOT NULL,
                state TEXT NOT NULL,
                created_at TEXT NOT NULL,
                started_at TEXT,
                finished_at TEXT,
                output_dir TEXT,
                error TEXT,
                final_metrics_json TEXT NOT NULL DEFAULT '{}'
            );
            CREATE TABLE IF NOT EXISTS run_events (
                run_id INTEGER NOT NULL REFERENCES runs(id),
                seq INTEGER NOT NULL,
                at TEXT NOT NULL,
                step INTEGER NOT NULL,
                total_steps INTEGER NOT NULL,
                epoch INTEGER NOT NULL,
                total_epochs INTEGER NOT NULL,
                metrics_json TEXT NOT NULL,
                items_per_second REAL NOT NULL,
                elapsed_ms INTEGER NOT NULL,
                eta_ms INTEGER,
                message TEXT,
                PRIMARY KEY (run_id, seq)
            );
            """);
        InterruptedAtOpen = Execute(connection,
            "UPDATE runs SET state = $interrupted, finished_at = $now, error = 'The server stopped while this run was running.' WHERE state = $running",
            ("$interrupted", nameof(RunState.Interrupted)), ("$running", nameof(RunState.Running)), ("$now", Format(DateTimeOffset.UtcNow)));
    }

    /// <summary>The full path of the SQLite file.</summary>
    public string Path { get; }

    /// <summary>How many runs were found running when the store opened (and marked interrupted).</summary>
    public int InterruptedAtOpen { get; }

    public RunRecord Create(TrainingKind kind, string requestJson)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO runs (kind, request_json, state, created_at) VALUES ($kind, $request, $state, $now) RETURNING id";
        command.Parameters.AddWithValue("$kind", kind.ToString());
        command.Parameters.AddWithValue("$request", requestJson);
        command.Parameters.AddWithValue("$state", nameof(RunState.Queued));
        command.Parameters.AddWithValue("$now", Format(DateTimeOffset.UtcNow));
        var id = (long)command.ExecuteScalar()!;
        return Get(id) ?? throw new InvalidOperationException($"Run {id} vanished right after it was created.");
    }

    public void MarkRunning(long id, string outputDirectory) =>
        Update(id, "state = $state, started_at = $now, output_dir = $dir",
            ("$state", nameof(RunState.Running)), ("$now", Format(DateTimeOffset.UtcNow)), ("$dir", outputDirectory));

    /// <summary>Records how a run ended: finished, failed (with an error), cancelled.</summary>
    public void MarkOver(long id, RunState state, string? error, IReadOnlyDictionary<string, double>? finalMetrics)
    {
        if (state is RunState.Queued or RunState.Running)
            throw new ArgumentException($"{state} is not an end state.", nameof(state));
        Update(id, "state = $state, finished_at = $now, error = $error, final_metrics_json = $metrics",
            ("$state", state.ToString()), ("$now", Format(DateTimeOffset.UtcNow)), ("$error", error),
            ("$metrics", JsonSerializer.Serialize(finalMetrics ?? new Dictionary<string, double>(), MetricsJson)));
    }

    public void AppendEvent(long runId, long sequence, TrainingProgress progress)
    {
        using var connection = Open();
        Execute(connection, """
            INSERT OR REPLACE INTO run_events (run_id, seq, at, step, total_steps, epoch, total_epochs, metrics_json, items_per_second, elapsed_ms, eta_ms, message)
            VALUES ($run, $seq, $at, $step, $total, $epoch, $epochs, $metrics, $ips, $elapsed, $eta, $message)
            """,
            ("$run", runId), ("$seq", sequence), ("$at", Format(DateTimeOffset.UtcNow)), ("$step", progress.Step),
            ("$total", progress.TotalSteps), ("$epoch", progress.Epoch), ("$epochs", progress.TotalEpochs),
            ("$metrics", JsonSerializer.Serialize(progress.Metrics, MetricsJson)), ("$ips", progress.ItemsPerSecond),
            ("$elapsed", (long)progress.Elapsed.TotalMilliseconds), ("$eta", progress.Eta is { } eta ? (long)eta.TotalMilliseconds : null),
            ("$message", progress.Message));
    }

    public RunRecord? Get(long id) => Query("SELECT * FROM runs WHERE id = $id", ReadRun, ("$id", id)).FirstOrDefault();

    /// <summary>The newest runs first.</summary>
    public IReadOnlyList<RunRecord> List(int limit = 100) =>
        Query("SELECT * FROM runs ORDER BY id DESC LIMIT $limit", ReadRun, ("$limit", limit));

    /// <summary>The last <paramref name="limit"/> events of a run, oldest first.</summary>
    public IReadOnlyList<RunEventRecord> RecentEvents(long runId, int limit = 200) =>
        Query("SELECT * FROM (SELECT * FROM run_events WHERE run_id = $run ORDER BY seq DESC LIMIT $limit) ORDER BY seq", ReadEvent,
            ("$run", runId), ("$limit", limit));

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private void Update(long id, string set, params (string Name, object? Value)[] values)
    {
        using var connection = Open();
        var changed = Execute(connection, $"UPDATE runs SET {set} WHERE id = $id", [.. values, ("$id", id)]);
        if (changed == 0) throw new KeyNotFoundException($"Run {id} does not exist.");
    }

    private static int Execute(SqliteConnection connection, string sql, params (string Name, object? Value)[] values)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in values)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command.ExecuteNonQuery();
    }

    private List<T> Query<T>(string sql, Func<SqliteDataReader, T> read, params (string Name, object? Value)[] values)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in values)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        using var reader = command.ExecuteReader();
        var result = new List<T>();
        while (reader.Read()) result.Add(read(reader));
        return result;
    }

    private static RunRecord ReadRun(SqliteDataReader r) => new(
        r.GetInt64(r.GetOrdinal("id")),
        Enum.Parse<TrainingKind>(r.GetString(r.GetOrdinal("kind"))),
        r.GetString(r.GetOrdinal("request_json")),
        Enum.Parse<RunState>(r.GetString(r.GetOrdinal("state"))),
        Parse(r.GetString(r.GetOrdinal("created_at"))),
        ParseOrNull(r, "started_at"),
        ParseOrNull(r, "finished_at"),
        StringOrNull(r, "output_dir"),
        StringOrNull(r, "error"),
        JsonSerializer.Deserialize<Dictionary<string, double>>(r.GetString(r.GetOrdinal("final_metrics_json")), MetricsJson) ?? []);

    private static RunEventRecord ReadEvent(SqliteDataReader r) => new(
        r.GetInt64(r.GetOrdinal("run_id")),
        r.GetInt64(r.GetOrdinal("seq")),
        Parse(r.GetString(r.GetOrdinal("at"))),
        r.GetInt64(r.GetOrdinal("step")),
        r.GetInt64(r.GetOrdinal("total_steps")),
        r.GetInt32(r.GetOrdinal("epoch")),
        r.GetInt32(r.GetOrdinal("total_epochs")),
        JsonSerializer.Deserialize<Dictionary<string, double>>(r.GetString(r.GetOrdinal("metrics_json")), MetricsJson) ?? [],
        r.GetDouble(r.GetOrdinal("items_per_second")),
        TimeSpan.FromMilliseconds(r.GetInt64(r.GetOrdinal("elapsed_ms"))),
        r.IsDBNull(r.GetOrdinal("eta_ms")) ? null : TimeSpan.FromMilliseconds(r.GetInt64(r.GetOrdinal("eta_ms"))),
        StringOrNull(r, "message"));

    // A NaN loss is worth keeping in the history; JSON has no NaN literal without this.
    private static readonly JsonSerializerOptions MetricsJson = new() { NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

    private static string? StringOrNull(SqliteDataReader r, string column) =>
        r.IsDBNull(r.GetOrdinal(column)) ? null : r.GetString(r.GetOrdinal(column));

    private static DateTimeOffset? ParseOrNull(SqliteDataReader r, string column) =>
        StringOrNull(r, column) is { } s ? Parse(s) : null;

    private static string Format(DateTimeOffset t) => t.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string s) => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
