using System;
using System.IO;
using System.Runtime.InteropServices;

namespace FactBase.Cli.Site.Output;

/// <summary>
/// Creates a file that is not there yet, with its bytes. On Linux that is three system calls: open,
/// write, close. A .NET file handle makes four more for each file (the file system's type, an
/// advisory lock taken and dropped, whether the file can seek), and for a site's thousands of small
/// pages on one writer thread those cost more than the pages' bytes. Elsewhere, on processors whose
/// open flags are not Linux's common ones, and where the runtime finds no C library named libc,
/// the .NET handle writes it.
/// </summary>
internal static partial class NewFile
{
    private const int WriteOnly = 0x1;
    private const int Create = 0x40;
    private const int Exclusive = 0x80;
    private const int CloseOnExec = 0x80000;

    /// <summary>Read and write for all, as .NET creates files, less the process's umask.</summary>
    private const int Permissions = 0x1B6;

    private const int Interrupted = 4;
    private const int AccessDenied = 13;
    private const int Exists = 17;
    private const int NotPermitted = 1;

    /// <summary>Whether the three calls are made; cleared for good if the C library cannot be found under the name the runtime looks for.</summary>
    private static volatile bool _threeCalls =
        OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64;

    /// <summary>Writes <paramref name="bytes"/> to a new file at <paramref name="path"/>; false, writing nothing, when a file is there already.</summary>
    public static bool TryWrite(string path, ReadOnlySpan<byte> bytes)
    {
        if (_threeCalls)
        {
            try
            {
                return TryWriteInThreeCalls(path, bytes);
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // Thrown before any call is made, so nothing was written.
                _threeCalls = false;
            }
        }

        try
        {
            using var file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
            RandomAccess.Write(file, bytes, 0);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }
    }

    private static bool TryWriteInThreeCalls(string path, ReadOnlySpan<byte> bytes)
    {
        int handle;
        while ((handle = Open(path, WriteOnly | Create | Exclusive | CloseOnExec, Permissions)) < 0)
        {
            var error = Marshal.GetLastPInvokeError();
            if (error == Exists)
            {
                return false;
            }

            if (error != Interrupted)
            {
                throw Failure(error, path);
            }
        }

        try
        {
            for (var written = 0; written < bytes.Length;)
            {
                var count = Write(handle, ref MemoryMarshal.GetReference(bytes[written..]), bytes.Length - written);
                if (count < 0)
                {
                    var error = Marshal.GetLastPInvokeError();
                    if (error != Interrupted)
                    {
                        throw Failure(error, path);
                    }

                    continue;
                }

                written += (int)count;
            }
        }
        finally
        {
            // A failed close loses nothing written: the bytes are in the kernel's cache either way.
            _ = Close(handle);
        }

        return true;
    }

    private static Exception Failure(int error, string path) => error is AccessDenied or NotPermitted
        ? new UnauthorizedAccessException($"Access to the path '{path}' is denied.")
        : new IOException($"{Marshal.GetPInvokeErrorMessage(error)}: '{path}'", error);

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags, int mode);

    [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
    private static partial nint Write(int handle, ref byte bytes, nint count);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int handle);
}
