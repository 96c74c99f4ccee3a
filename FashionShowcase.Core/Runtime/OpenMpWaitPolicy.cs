using System.Runtime.InteropServices;

namespace FashionShowcase.Core.Runtime;

/// <summary>
/// libtorch's CPU kernels run on GNU OpenMP (libgomp, shipped inside the libtorch package). By default
/// libgomp's idle threads spin for a while before sleeping. On a 2-core machine that is also serving
/// the web app — or shared with other processes — a spinning thread takes the core that the other
/// thread of the same parallel region needs, and every one of the hundreds of small ops in a training
/// step waits for a time slice. Measured here (2 cores, load ≈ 15 from other processes): one LSGAN
/// step of the cpu preset took 4.0–10.9 s with the default policy and 1.1–1.6 s with PASSIVE, and its
/// process CPU time fell from 1.3–2.7 s to 0.33–0.50 s.
/// <para>
/// libgomp reads OMP_WAIT_POLICY once, when it is loaded (at the first torch call), from the native
/// environment — which .NET's Environment.SetEnvironmentVariable does not change on Unix — so we call
/// libc's setenv, and only before libgomp is loaded.
/// </para>
/// </summary>
public static class OpenMpWaitPolicy
{
    public const string Variable = "OMP_WAIT_POLICY";

    /// <summary>
    /// Sets OMP_WAIT_POLICY to <paramref name="policy"/> (PASSIVE or ACTIVE) for libgomp unless the user set it
    /// (<paramref name="overrideUser"/> = false) or libgomp is already loaded. Returns the policy in effect,
    /// "default" when none is set.
    /// </summary>
    public static string Apply(string policy = "PASSIVE", bool overrideUser = false)
    {
        policy = policy.ToUpperInvariant();
        if (policy is not ("PASSIVE" or "ACTIVE"))
            throw new ArgumentException($"OpenMP wait policy must be passive or active, not '{policy}'.", nameof(policy));
        var current = Environment.GetEnvironmentVariable(Variable);
        if (!OperatingSystem.IsLinux() || IsLibgompLoaded() || (current is { Length: > 0 } && !overrideUser))
            return current is { Length: > 0 } ? current.ToUpperInvariant() : "default";
        if (setenv(Variable, policy, 1) != 0)
            return current ?? "default";
        Environment.SetEnvironmentVariable(Variable, policy); // keep .NET's view in step with the native one
        return policy;
    }

    /// <summary>The policy libgomp was (or will be) started with, as far as this process can tell.</summary>
    public static string Current =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } v ? v.ToUpperInvariant() : "default";

    private static bool IsLibgompLoaded()
    {
        try
        {
            return File.ReadLines("/proc/self/maps").Any(l => l.Contains("libgomp", StringComparison.Ordinal));
        }
        catch (IOException)
        {
            return false;
        }
    }

    [DllImport("libc", CharSet = CharSet.Ansi, SetLastError = true)]
    private static extern int setenv(string name, string value, int overwrite);
}
