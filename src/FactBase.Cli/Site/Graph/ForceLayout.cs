using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;

namespace FactBase.Cli.Site.Graph;

/// <summary>
/// Places every fact of the whole-base graph before the page opens, so the browser only draws it:
/// a force-directed layout (linked facts pull together, near facts push apart) started from one
/// cluster a kind, with repulsion counted only between facts in neighbouring cells of a grid. Each
/// round is linear in facts and links, so 10,000 facts lay out in a fraction of the site's time;
/// the rounds are fixed, and the result the same on every run.
/// </summary>
internal static class ForceLayout
{
    private const float Spacing = 1f;
    private const float Reach = 2f * Spacing;
    private const float GoldenAngle = 2.3999632f;
    private const float RestLength = 1.5f * Spacing;
    private const float Stiffness = 0.2f;

    /// <summary>At most this many facts of a cell push a fact: a crowded spot costs no more than a sparse one.</summary>
    private const int PerCell = 16;

    // Called a few times a site, its loops run long: compiled optimized at once, rather than first
    // run as the tiered compiler's quick code and swapped for optimized code part way through.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (float X, float Y)[] Lay(RelationGraph graph)
    {
        var n = graph.Ids.Count;
        var x = new float[n];
        var y = new float[n];
        var (centerX, centerY) = Start(graph, x, y);
        var rounds = n < 2_000 ? 300 : 12;
        var dx = new float[n];
        var dy = new float[n];
        var temperature = Spacing * MathF.Max(2f, MathF.Sqrt(n) / 4f);
        for (var round = 0; round < rounds; round++)
        {
            Array.Clear(dx);
            Array.Clear(dy);
            Repel(x, y, dx, dy);
            foreach (var edge in graph.Edges)
            {
                var (ex, ey) = (x[edge.To] - x[edge.From], y[edge.To] - y[edge.From]);
                var distance = MathF.Sqrt((ex * ex) + (ey * ey)) + 0.01f;
                // A spring with a rest length: linked facts come near, but a fact of many links does not
                // draw its neighbours into one spot (which would also make the grid's cells crowded).
                var pull = Stiffness * (distance - RestLength) / distance;
                dx[edge.From] += ex * pull;
                dy[edge.From] += ey * pull;
                dx[edge.To] -= ex * pull;
                dy[edge.To] -= ey * pull;
            }

            // A weak pull to its kind's cluster keeps a kind together and the picture legible.
            var cooled = temperature * (1f - ((float)round / rounds));
            for (var i = 0; i < n; i++)
            {
                var kind = graph.NodeKinds[i];
                dx[i] += (centerX[kind] - x[i]) * 0.05f;
                dy[i] += (centerY[kind] - y[i]) * 0.05f;
                var length = MathF.Sqrt((dx[i] * dx[i]) + (dy[i] * dy[i]));
                if (length > cooled)
                {
                    dx[i] *= cooled / length;
                    dy[i] *= cooled / length;
                }

                x[i] += dx[i];
                y[i] += dy[i];
            }
        }

        return [.. Enumerable.Range(0, n).Select(i => (MathF.Round(x[i], 2), MathF.Round(y[i], 2)))];
    }

    /// <summary>Each kind's facts in a sunflower of their own, the sunflowers on a circle: returns each kind's centre.</summary>
    private static (float[] X, float[] Y) Start(RelationGraph graph, float[] x, float[] y)
    {
        var kinds = graph.Kinds.Count;
        var counts = new int[Math.Max(1, kinds)];
        foreach (var kind in graph.NodeKinds)
        {
            counts[kind]++;
        }

        var radius = Spacing * MathF.Sqrt(graph.Ids.Count) * 0.9f;
        var centerX = new float[counts.Length];
        var centerY = new float[counts.Length];
        for (var k = 0; k < counts.Length; k++)
        {
            var angle = 2 * MathF.PI * k / counts.Length;
            (centerX[k], centerY[k]) = (radius * MathF.Cos(angle), radius * MathF.Sin(angle));
        }

        var placed = new int[counts.Length];
        for (var i = 0; i < graph.Ids.Count; i++)
        {
            var kind = graph.NodeKinds[i];
            var j = placed[kind]++;
            var r = Spacing * 0.7f * MathF.Sqrt(j + 0.5f);
            x[i] = centerX[kind] + (r * MathF.Cos(j * GoldenAngle));
            y[i] = centerY[kind] + (r * MathF.Sin(j * GoldenAngle));
        }

        return (centerX, centerY);
    }

    /// <summary>Facts closer than <see cref="Reach"/> push apart (k²/d), found through a grid of cells that size.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Repel(float[] x, float[] y, float[] dx, float[] dy)
    {
        var n = x.Length;
        var (minX, minY) = (x.Min(), y.Min());
        var (width, height) = (x.Max() - minX, y.Max() - minY);
        // Cells at least Reach wide, and no more of them than a few a fact, however far facts spread.
        var size = MathF.Max(Reach, MathF.Max(width, height) / ((2 * MathF.Sqrt(n)) + 1));
        var columns = (int)(width / size) + 1;
        var rows = (int)(height / size) + 1;
        var cellOf = new int[n];
        var starts = new int[(columns * rows) + 1];
        for (var i = 0; i < n; i++)
        {
            cellOf[i] = ((int)((y[i] - minY) / size) * columns) + (int)((x[i] - minX) / size);
            starts[cellOf[i] + 1]++;
        }

        for (var c = 1; c < starts.Length; c++)
        {
            starts[c] += starts[c - 1];
        }

        var members = new int[n];
        var filled = (int[])starts.Clone();
        for (var i = 0; i < n; i++)
        {
            members[filled[cellOf[i]]++] = i;
        }

        for (var i = 0; i < n; i++)
        {
            var (column, row) = (cellOf[i] % columns, cellOf[i] / columns);
            // The push is summed in locals, in the same order as into dx[i] and dy[i] (which start at
            // zero): the same floats, without a store to the arrays for each neighbour.
            var (xi, yi, pushX, pushY) = (x[i], y[i], dx[i], dy[i]);
            for (var r = Math.Max(0, row - 1); r <= Math.Min(rows - 1, row + 1); r++)
            {
                for (var c = Math.Max(0, column - 1); c <= Math.Min(columns - 1, column + 1); c++)
                {
                    var cell = (r * columns) + c;
                    var end = Math.Min(starts[cell + 1], starts[cell] + PerCell);
                    for (var m = starts[cell]; m < end; m++)
                    {
                        var j = members[m];
                        if (j == i)
                        {
                            continue;
                        }

                        var (ex, ey) = (xi - x[j], yi - y[j]);
                        var squared = (ex * ex) + (ey * ey);
                        if (squared < Reach * Reach)
                        {
                            // Facts on the same spot are pushed apart along a direction of their own.
                            if (squared < 1e-6f)
                            {
                                (ex, ey, squared) = (MathF.Cos(i), MathF.Sin(i), 1e-2f);
                            }

                            var push = Spacing * Spacing / squared;
                            pushX += ex * push;
                            pushY += ey * push;
                        }
                    }
                }
            }

            (dx[i], dy[i]) = (pushX, pushY);
        }
    }
}
