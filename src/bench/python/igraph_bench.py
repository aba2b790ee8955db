#!/usr/bin/python3
"""Times python-igraph on the graph written by AlgorithmBenchmark, and checks it against our scores.

Usage:
    /usr/bin/python3 src/bench/python/igraph_bench.py DIR [--exact-limit 50000] [--runs 1]

DIR holds edges.txt ("# nodes N edges M", then "u v weight" per line), ours-times.csv and
ours-CASE.bin (our scores, little-endian doubles), all written by
org.kyosei.analytics.bench.AlgorithmBenchmark. Prints a table shaped like the Java one:
algorithm, ours (s), igraph (s), ratio (igraph / ours), agreement.

Needs only the Debian package python3-igraph (apt-get install -y python3-igraph); igraph runs
single-threaded. Exact betweenness, closeness and harmonic run only up to --exact-limit nodes.
"""
import argparse
import array
import csv
import os
import sys
import time

import igraph


def read_edges(path):
    with open(path) as f:
        header = f.readline().split()
        n = int(header[2])
        edges = []
        weights = []
        for line in f:
            u, v, w = line.split()
            edges.append((int(u), int(v)))
            weights.append(float(w))
    return n, edges, weights


def read_scores(directory, case):
    path = os.path.join(directory, "ours-%s.bin" % case)
    if not os.path.exists(path):
        return None
    values = array.array("d")
    with open(path, "rb") as f:
        values.frombytes(f.read())
    if sys.byteorder != "little":
        values.byteswap()
    return list(values)


def read_times(directory):
    times = {}
    path = os.path.join(directory, "ours-times.csv")
    if os.path.exists(path):
        with open(path) as f:
            for row in csv.DictReader(f):
                times[row["algorithm"]] = float(row["ours_seconds"])
    return times


def agreement(ours, theirs, tolerance):
    """Largest relative difference within tolerance; a negative tolerance compares by L1 distance."""
    if ours is None:
        return "-"
    if len(ours) != len(theirs):
        return "DIFFER (length %d vs %d)" % (len(ours), len(theirs))
    if tolerance < 0:
        l1 = sum(abs(a - b) for a, b in zip(ours, theirs))
        return "%s (L1 distance %.1e)" % ("agree" if l1 <= -tolerance else "DIFFER", l1)
    worst = 0.0
    for a, b in zip(ours, theirs):
        scale = abs(b) if abs(b) > 0 else 1.0
        worst = max(worst, abs(a - b) / scale)
    return "%s (max rel err %.1e)" % ("agree" if worst <= tolerance else "DIFFER", worst)


def fmt(seconds):
    if seconds < 0.01:
        return "%.4f" % seconds
    return ("%.3f" if seconds < 10 else "%.1f") % seconds


def table(header, rows):
    widths = [max(len(str(r[i])) for r in [header] + rows) for i in range(len(header))]
    lines = []
    for k, r in enumerate([header, ["-" * w for w in widths]] + rows):
        lines.append("| " + " | ".join(str(c).ljust(widths[i]) for i, c in enumerate(r)) + " |")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory")
    parser.add_argument("--exact-limit", type=int, default=50000)
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()

    start = time.perf_counter()
    n, edges, weights = read_edges(os.path.join(args.directory, "edges.txt"))
    graph = igraph.Graph(n=n, edges=edges, directed=False)
    print("graph: %d nodes, %d edges; loaded in %.1f s; python-igraph %s (single-threaded)"
          % (graph.vcount(), graph.ecount(), time.perf_counter() - start, igraph.__version__))
    ours_times = read_times(args.directory)
    exact = n <= args.exact_limit

    cases = [
        ("pagerank", lambda: graph.pagerank(directed=False, damping=0.85), -1e-7, True),
        ("coreness", lambda: [float(c) for c in graph.coreness()], 0.0, True),
        ("components", lambda: sorted(float(len(c)) for c in graph.connected_components()), 0.0, True),
        ("betweenness", lambda: graph.betweenness(directed=False), 1e-9, exact),
        ("betweenness-weighted", lambda: graph.betweenness(directed=False, weights=weights), 1e-9, exact),
        ("closeness", lambda: graph.closeness(normalized=True), 1e-9, exact),
        ("harmonic", lambda: graph.harmonic_centrality(normalized=False), 1e-9, exact),
        ("community_multilevel", lambda: graph.community_multilevel(), None, True),
    ]
    rows = []
    for name, run, tolerance, enabled in cases:
        if not enabled:
            continue
        best = float("inf")
        result = None
        for _ in range(args.runs):
            t = time.perf_counter()
            result = run()
            best = min(best, time.perf_counter() - t)
        ours = ours_times.get(name)
        if name == "community_multilevel":
            check = "%d communities, modularity %.3f" % (len(result), result.modularity)
        else:
            check = agreement(read_scores(args.directory, name), result, tolerance)
        rows.append([name, fmt(ours) if ours is not None else "n/a", fmt(best),
                     "%.2gx" % (best / ours) if ours else "-", check])
        print("  " + " | ".join(rows[-1]), flush=True)
    print()
    print(table(["algorithm", "ours (s)", "igraph (s)", "ratio", "agreement"], rows))


if __name__ == "__main__":
    main()
