using System;
using System.Collections.Generic;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;
using FactBase.Compiler.Emitting;

namespace FactBase.Build;

/// <summary>
/// The records assembly (<c>MyApp.Facts.dll</c>): the records resource (<see cref="RecordsResource"/>)
/// and one empty public interface (<see cref="RecordsAssemblyName.MarkerType"/>), which the generated
/// code names so that the compiler, the SDK's copying, the deps file, publishing and trimming all
/// treat it as the dependency it is. The project references it through its reference form, which
/// holds the interface alone and never changes, so that new records alone never make the compiler
/// run again. No IL, no other reference: it loads anywhere the runtime does.
/// </summary>
internal static class RecordsAssembly
{
    /// <summary>
    /// Chunks of the records' copy in the assembly: small enough not to be large objects, so that the
    /// copy neither takes one more block of the records' size nor waits for a full collection to go.
    /// </summary>
    private const int ChunkSize = 64 * 1024;

    /// <summary>The assembly's bytes; with no <paramref name="records"/>, its reference form.</summary>
    public static byte[] Write(string assemblyName, byte[]? records) => Image(assemblyName, records).ToArray();

    /// <summary>The assembly's bytes in the chunks they were written in, to write to a file without a copy of them whole.</summary>
    public static IReadOnlyList<ArraySegment<byte>> Chunks(string assemblyName, byte[]? records)
    {
        var chunks = new List<ArraySegment<byte>>();
        foreach (var blob in Image(assemblyName, records).GetBlobs())
        {
            chunks.Add(blob.GetBytes());
        }

        return chunks;
    }

    private static BlobBuilder Image(string assemblyName, byte[]? records)
    {
        var metadata = new MetadataBuilder();
        var mvid = metadata.ReserveGuid();
        var name = metadata.GetOrAddString(assemblyName);
        metadata.AddModule(0, metadata.GetOrAddString(assemblyName + ".dll"), mvid.Handle, default, default);
        metadata.AddAssembly(name, new Version(0, 0, 0, 0), default, default, 0, AssemblyHashAlgorithm.Sha1);
        var noFields = MetadataTokens.FieldDefinitionHandle(1);
        var noMethods = MetadataTokens.MethodDefinitionHandle(1);
        metadata.AddTypeDefinition(0, default, metadata.GetOrAddString("<Module>"), default, noFields, noMethods);
        metadata.AddTypeDefinition(
            TypeAttributes.Public | TypeAttributes.Interface | TypeAttributes.Abstract,
            metadata.GetOrAddString(RecordsAssemblyName.MarkerNamespace),
            metadata.GetOrAddString(RecordsAssemblyName.MarkerType(assemblyName)),
            default,
            noFields,
            noMethods);

        var resources = new BlobBuilder(ChunkSize);
        if (records is not null)
        {
            metadata.AddManifestResource(ManifestResourceAttributes.Public, metadata.GetOrAddString(RecordsResource.Name), default, 0);
            resources.WriteInt32(records.Length);
            for (var start = 0; start < records.Length; start += ChunkSize)
            {
                resources.WriteBytes(records, start, Math.Min(ChunkSize, records.Length - start));
            }
        }

        // The same content makes the same bytes, so an unchanged assembly is not written again.
        var builder = new ManagedPEBuilder(
            PEHeaderBuilder.CreateLibraryHeader(),
            new MetadataRootBuilder(metadata),
            new BlobBuilder(),
            managedResources: records is null ? null : resources,
            flags: CorFlags.ILOnly,
            deterministicIdProvider: ContentId);
        var image = new BlobBuilder();
        var id = builder.Serialize(image);
        new BlobWriter(mvid.Content).WriteGuid(id.Guid);
        return image;
    }

    private static BlobContentId ContentId(IEnumerable<Blob> content)
    {
        using var sha = SHA256.Create();
        foreach (var blob in content)
        {
            var segment = blob.GetBytes();
            sha.TransformBlock(segment.Array!, segment.Offset, segment.Count, null, 0);
        }

        sha.TransformFinalBlock([], 0, 0);
        return BlobContentId.FromHash(sha.Hash!);
    }
}
