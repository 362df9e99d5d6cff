#!/usr/bin/env python3
"""Traces border segments of borders.geojson over a DEM, between their two end nodes.

A segment that no river carries follows the terrain a 1:5M atlas would use: a crest or
watershed (`crest`: the least-cost path where cost grows as the ground falls below the highest
ground of its corridor) or a valley floor, desert edge or lowland (`valley`: the same with the
lowest ground). The heights are smoothed over three cells first, so that a flat plain still has
a slope to follow and the path does not run ruler-straight along the grid. The path is found
on the grid's eight neighbours (Dijkstra), smoothed (Chaikin, twice) and written as plain
coordinates; the two end nodes stay where they are, so the topology is unchanged.

Usage (from the repository's root; DEM: any grid GDAL reads in EPSG:4326, such as ETOPO5):
    geodata/history/tools/trace_border.py DEM borders.geojson ID:MODE[:via] [ID:MODE[:via] ...]
MODE is crest or valley; with `via` the path runs through the segment's own vertices (placed
by hand, e.g. in QGIS, at the passes and towns a source names), else between its two ends.
The DEM is only read: the output is the coordinates, nothing of it.
"""

import heapq
import json
import math
import os
import subprocess
import sys
import tempfile

KM_PER_DEG = 111.2
K_END_KM = 12.0  # a path leaves and reaches its nodes straight over this distance


def read_grid(path, west, south, east, north):
    """Heights of @p path inside the window, as (rows, x0, y0, cell): row 0 is the north."""
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "dem.asc")
        subprocess.run(["gdal_translate", "-q", "-of", "AAIGrid", "-projwin", str(west),
                        str(north), str(east), str(south), path, out], check=True)
        with open(out) as f:
            head = {}
            for _ in range(5):
                k, v = f.readline().split()
                head[k.lower()] = float(v)
            rows = [[float(v) for v in line.split()] for line in f if line.strip()]
    if rows and len(rows[0]) != int(head["ncols"]):  # a NODATA_value line was read as a row
        rows = rows[1:]
    return rows, head["xllcorner"], head["yllcorner"] + head["cellsize"] * len(rows), head["cellsize"]


def box_mean(rows, radius):
    """The mean of each cell's (2 radius + 1)^2 neighbourhood (a summed-area table)."""
    h, w = len(rows), len(rows[0])
    sat = [[0.0] * (w + 1) for _ in range(h + 1)]
    for r in range(h):
        run = 0.0
        for c in range(w):
            run += rows[r][c]
            sat[r + 1][c + 1] = sat[r][c + 1] + run
    out = [[0.0] * w for _ in range(h)]
    for r in range(h):
        r0, r1 = max(0, r - radius), min(h, r + radius + 1)
        for c in range(w):
            c0, c1 = max(0, c - radius), min(w, c + radius + 1)
            s = sat[r1][c1] - sat[r0][c1] - sat[r1][c0] + sat[r0][c0]
            out[r][c] = s / ((r1 - r0) * (c1 - c0))
    return out


def relief_index(rows, mode):
    """How much each cell stands above (crest) or below (valley) the ground around it, at two
    scales (about 40 and 100 km), on heights smoothed over five cells: a crest is the edge of a
    plateau as much as a ridge, and a plain's gentle tilts count as much as a range's (the
    index is ranked), so that a path over flat ground still has a lie of the land to follow."""
    smooth = box_mean(rows, 2)
    near, far = box_mean(smooth, 4), box_mean(smooth, 10)
    sign = 1.0 if mode == "crest" else -1.0
    index = [[sign * ((s - a) + 0.5 * (s - b)) for s, a, b in zip(rs, ra, rb)]
             for rs, ra, rb in zip(smooth, near, far)]
    ranked = sorted(v for row in index for v in row)
    rank = {v: i / max(1, len(ranked) - 1) for i, v in enumerate(ranked)}
    return [[rank[v] for v in row] for row in index]


def least_cost(rows, x0, y0, cell, a, b, mode, outside, weight=40.0):
    h, w = len(rows), len(rows[0])
    cell_of = lambda p: (min(h - 1, max(0, int((y0 - p[1]) / cell))),
                         min(w - 1, max(0, int((p[0] - x0) / cell))))
    index = relief_index(rows, mode)

    def penalty(r, c):
        return 1.0 + weight * (1.0 - index[r][c]) ** 2

    start, goal = cell_of(a), cell_of(b)
    centre = lambda r, c: (x0 + (c + 0.5) * cell, y0 - (r + 0.5) * cell)
    best = {start: 0.0}
    came = {}
    queue = [(0.0, start)]
    while queue:
        d, (r, c) = heapq.heappop(queue)
        if (r, c) == goal:
            break
        if d > best[(r, c)]:
            continue
        lat = y0 - (r + 0.5) * cell
        kx = math.cos(math.radians(lat))
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                rr, cc = r + dr, c + dc
                if (dr or dc) and 0 <= rr < h and 0 <= cc < w and (
                        (rr, cc) == goal or not outside(centre(rr, cc))):
                    step = math.hypot(dr, dc * kx) * cell * KM_PER_DEG
                    nd = d + step * (penalty(r, c) + penalty(rr, cc)) / 2
                    if nd < best.get((rr, cc), math.inf):
                        best[(rr, cc)] = nd
                        came[(rr, cc)] = (r, c)
                        heapq.heappush(queue, (nd, (rr, cc)))
    path = [goal]
    while path[-1] != start:
        path.append(came[path[-1]])
    path.reverse()
    return [(x0 + (c + 0.5) * cell, y0 - (r + 0.5) * cell) for r, c in path]


def chaikin(points, rounds=2):
    for _ in range(rounds):
        out = [points[0]]
        for p, q in zip(points, points[1:]):
            out.append((0.75 * p[0] + 0.25 * q[0], 0.75 * p[1] + 0.25 * q[1]))
            out.append((0.25 * p[0] + 0.75 * q[0], 0.25 * p[1] + 0.75 * q[1]))
        out.append(points[-1])
        points = out
    return points


def thin(points, every=2):
    """Keeps every second vertex (the smoothed path has four per cell), and both ends."""
    return points[:1] + points[1:-1:every] + points[-1:]


def off_chord_deg(p, a, b):
    dx, dy = b[0] - a[0], b[1] - a[1]
    t = max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)))
    return math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy)


def trace(dem, a, b, mode):
    """The path from node @p a to node @p b: within a band about the straight line between
    them (so that it keeps clear of the segments beside it), leaving each node directly
    (the first and last K_END_KM are straight, so segments that share a node part there)."""
    length = math.hypot(b[0] - a[0], b[1] - a[1])
    band = 0.2 + 0.15 * length
    window = (min(a[0], b[0]) - band, min(a[1], b[1]) - band,
              max(a[0], b[0]) + band, max(a[1], b[1]) + band)
    rows, x0, y0, cell = read_grid(dem, *window)
    outside = lambda p: off_chord_deg(p, a, b) > band
    path = least_cost(rows, x0, y0, cell, a, b, mode, outside)
    path = thin(chaikin([a] + path[1:-1] + [b]))
    near = lambda p, q: math.hypot((p[0] - q[0]) * math.cos(math.radians(q[1])), p[1] - q[1]) \
        * KM_PER_DEG < K_END_KM
    inner = [p for p in path[1:-1] if not near(p, a) and not near(p, b)]
    return [list(a)] + [[round(p[0], 4), round(p[1], 4)] for p in inner] + [list(b)]


def main(argv):
    if len(argv) < 4:
        print(__doc__.strip().split("Usage")[1], file=sys.stderr)
        sys.exit(2)
    dem, borders_path, jobs = argv[1], argv[2], [j.split(":") for j in argv[3:]]
    with open(borders_path) as f:
        data = json.load(f)
    by_id = {feat["properties"]["id"]: feat for feat in data["features"]}
    for job in jobs:
        seg_id, mode, via = job[0], job[1], len(job) > 2 and job[2] == "via"
        line = by_id[seg_id]["geometry"]["coordinates"]
        stops = [tuple(p) for p in (line if via else [line[0], line[-1]])]
        path = [list(stops[0])]
        for a, b in zip(stops, stops[1:]):
            path += trace(dem, a, b, mode)[1:]
        by_id[seg_id]["geometry"]["coordinates"] = path
        print(f"{seg_id}: {mode}, {len(by_id[seg_id]['geometry']['coordinates'])} vertices")
    write_features(data, borders_path)


def write_features(data, path):
    """Writes @p data as borders.geojson is laid out: one feature a line (diff-friendly)."""
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        f.write('{\n"type": "FeatureCollection",\n"features": [\n')
        f.write(",\n".join(json.dumps(feat, ensure_ascii=False) for feat in data["features"]))
        f.write("\n]\n}\n")
    os.replace(tmp, path)


if __name__ == "__main__":
    main(sys.argv)
