namespace Kit.Charts;

/// <summary>
/// Places a network's nodes: the same input always gives the same picture. Nodes go round a circle in the order given
/// (callers sort them, e.g. by mentions), then a fixed number of force steps pulls linked nodes together, pushes all nodes apart, and holds the whole near the centre.
/// </summary>
public static class NetworkLayout
{
    /// <summary>How strongly every node is pulled towards the centre, against the repulsion of the others.</summary>
    public const double Gravity = 1.0;

    public static IReadOnlyList<(double X, double Y)> Place(int nodeCount, IReadOnlyList<(int A, int B, double Weight)> edges, int iterations = 200)
    {
        var x = new double[nodeCount];
        var y = new double[nodeCount];
        for (int i = 0; i < nodeCount; i++)
        {
            double angle = Math.PI / 2 - 2 * Math.PI * i / Math.Max(1, nodeCount);
            x[i] = Math.Cos(angle);
            y[i] = Math.Sin(angle);
        }
        if (nodeCount < 3) return Enumerable.Range(0, nodeCount).Select(i => (x[i], y[i])).ToList();

        // Fruchterman–Reingold with a cooling step; no randomness, so the layout is a pure function of its input.
        double k = Math.Sqrt(4.0 / nodeCount);
        double maxWeight = edges.Select(e => e.Weight).DefaultIfEmpty(1).Max();
        for (int step = 0; step < iterations; step++)
        {
            var dx = new double[nodeCount];
            var dy = new double[nodeCount];
            for (int i = 0; i < nodeCount; i++)
            for (int j = i + 1; j < nodeCount; j++)
            {
                double ddx = x[i] - x[j], ddy = y[i] - y[j];
                double dist = Math.Max(0.01, Math.Sqrt(ddx * ddx + ddy * ddy));
                double force = k * k / dist;
                dx[i] += ddx / dist * force; dy[i] += ddy / dist * force;
                dx[j] -= ddx / dist * force; dy[j] -= ddy / dist * force;
            }
            foreach (var (a, b, weight) in edges)
            {
                if (a == b) continue;
                double ddx = x[a] - x[b], ddy = y[a] - y[b];
                double dist = Math.Max(0.01, Math.Sqrt(ddx * ddx + ddy * ddy));
                double force = dist * dist / k * (0.5 + 0.5 * weight / maxWeight);
                dx[a] -= ddx / dist * force; dy[a] -= ddy / dist * force;
                dx[b] += ddx / dist * force; dy[b] += ddy / dist * force;
            }
            // Gravity towards the centre keeps unlinked nodes and separate groups in the picture instead of drifting off.
            for (int i = 0; i < nodeCount; i++)
            {
                dx[i] -= Gravity * x[i];
                dy[i] -= Gravity * y[i];
            }
            double temperature = 0.1 * (1 - (double)step / iterations) + 0.005;
            for (int i = 0; i < nodeCount; i++)
            {
                double len = Math.Sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
                if (len < 1e-12) continue;
                x[i] += dx[i] / len * Math.Min(len, temperature);
                y[i] += dy[i] / len * Math.Min(len, temperature);
            }
        }
        return Enumerable.Range(0, nodeCount).Select(i => (Math.Round(x[i], 4), Math.Round(y[i], 4))).ToList();
    }
}
