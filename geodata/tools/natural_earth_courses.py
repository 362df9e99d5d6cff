#!/usr/bin/env python3
"""Takes Natural Earth's course into the gazetteer for the rivers both have.

A map on the Natural Earth basemap draws each river once: where the gazetteer's river is one
of Natural Earth's, its line is Natural Earth's course (from the shipped extract,
geodata/basemap/ne_10m_rivers_lake_centerlines.fgb) and it carries "course": "natural-earth",
so the renderer draws the basemap's line and the gazetteer's name and links on it, and the
borders of geodata/history/borders.geojson that follow a gazetteer river take its vertices,
so they lie on the drawn line. The course runs from the vertex of Natural Earth's lines
nearest the gazetteer's source to the one nearest its mouth (the shortest way along the named
lines), so source and mouth stay where the gazetteer puts them (a confluence, a lake shore).

Re-run after rebuilding the extract, then `campaignmap check` (the borders follow the new lines):
    python3 geodata/tools/natural_earth_courses.py
Only the lines of these river features change in gazetteer.geojson.
"""

import heapq
import json
import math
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
GAZETTEER = os.path.join(HERE, "..", "gazetteer.geojson")
RIVERS = os.path.join(HERE, "..", "basemap", "ne_10m_rivers_lake_centerlines.fgb")

# gazetteer id -> Natural Earth names (spaces collapsed) of its course. Not here: the Chu,
# Talas, Ayagoz, Emil, Lepsy, Karatal and Kara Darya (Natural Earth has no line for them), and
# the Yenisei and Volga (they leave the extract's window).
COURSES = {
    "ili": ["Ile"],
    "syr-darya": ["Syr Darya", "Naryn"],
    "naryn": ["Naryn"],
    "irtysh": ["Ertix", "Ertis", "Irtysh"],
    "amu-darya": ["Amu Darya"],
    "zeravshan": ["Zarafshon"],
}


GAP_KM = 1.0
# The course keeps every vertex of Natural Earth's lines between source and mouth, as the
# basemap draws them: a border that follows the river takes these vertices, so border and
# drawn river coincide at every scale.


def natural_earth_lines():
    text = subprocess.run(["ogr2ogr", "-f", "GeoJSON", "/vsistdout/", RIVERS],
                          check=True, capture_output=True, text=True).stdout
    by_name = {}
    for f in json.loads(text)["features"]:
        name = " ".join((f["properties"].get("name") or "").split())
        g = f["geometry"]
        if not g:
            continue
        parts = g["coordinates"] if g["type"] == "MultiLineString" else [g["coordinates"]]
        by_name.setdefault(name, []).extend(parts)
    return by_name


def km(a, b):
    k = math.cos(math.radians((a[1] + b[1]) / 2))
    return 111.2 * math.hypot((a[0] - b[0]) * k, a[1] - b[1])


def course(lines, source, mouth):
    """The shortest way along @p lines from the vertex nearest source to the one nearest mouth."""
    key = lambda p: (round(p[0], 5), round(p[1], 5))
    edges = {}
    for line in lines:
        for a, b in zip(line, line[1:]):
            ka, kb = key(a), key(b)
            edges.setdefault(ka, []).append(kb)
            edges.setdefault(kb, []).append(ka)
    # Natural Earth's pieces of one river can miss each other by some metres: each end of a
    # piece joins the nearest vertex of another piece within GAP_KM.
    for n, line in enumerate(lines):
        for end in (line[0], line[-1]):
            others = [key(q) for m, other in enumerate(lines) if m != n for q in other]
            near = min(others, key=lambda q: km(q, end), default=None)
            if near is not None and 0 < km(near, end) <= GAP_KM:
                edges[key(end)].append(near)
                edges[near].append(key(end))
    start = min(edges, key=lambda p: km(p, source))
    end = min(edges, key=lambda p: km(p, mouth))
    dist, before, todo = {start: 0.0}, {}, [(0.0, start)]
    while todo:
        d, p = heapq.heappop(todo)
        if p == end:
            break
        if d > dist[p]:
            continue
        for q in edges[p]:
            nd = d + km(p, q)
            if nd < dist.get(q, math.inf):
                dist[q], before[q] = nd, p
                heapq.heappush(todo, (nd, q))
    path = [end]
    while path[-1] != start:
        path.append(before[path[-1]])
    return [list(p) for p in reversed(path)]


def main():
    by_name = natural_earth_lines()
    with open(GAZETTEER, encoding="utf-8") as f:
        rows = f.read().split("\n")
    for i, row in enumerate(rows):
        if not row.startswith('{"type": "Feature"'):
            continue
        comma = row.endswith(",")
        feature = json.loads(row[:-1] if comma else row)
        names = COURSES.get(feature["properties"]["id"])
        if not names:
            continue
        old = feature["geometry"]["coordinates"]
        lines = [part for n in names for part in by_name[n]]
        feature["geometry"]["coordinates"] = course(lines, old[0], old[-1])
        feature["properties"]["course"] = "natural-earth"
        rows[i] = json.dumps(feature, ensure_ascii=False) + ("," if comma else "")
        print(f"{feature['properties']['id']}: {len(old)} -> "
              f"{len(feature['geometry']['coordinates'])} vertices")
    with open(GAZETTEER, "w", encoding="utf-8") as f:
        f.write("\n".join(rows))


if __name__ == "__main__":
    main()
