#!/usr/bin/env python3
"""Builds regions.geojson, the tiles whose holders control.toml gives year by year.

The tiles share their borders: every border is written once below, as a line of
(lon, lat) vertices, and each tile's ring is a chain of those lines (some walked
backwards). Two neighbours therefore have identical vertex runs along their common
border, and the union of any set of tiles has no slivers or gaps.

The lines are drawn by hand, to the accuracy of a 1:5M map: rivers the articles name
(Ayagoz, Talas, Chu, Syr Darya, Irtysh) follow the courses the gazetteer gives them
(../gazetteer.geojson: the nodes on a river move to its nearest vertex and the border takes
the river's vertices between them, so a river drawn on the map lies exactly on the border;
a river missing from the gazetteer keeps the hand-drawn course below); ranges (Dzungarian Alatau, Tarbagatai, Kyrgyz Alatau, Tian Shan, Altai)
follow their crests; where no feature is named the border is a plain line for
orientation, and the tile's note says so.

Re-run after editing:  python3 geodata/history/make_regions.py
(writes geodata/history/regions.geojson beside this file).
"""

import json
import os

# Nodes where three tiles meet, or where a border turns from one feature to another.
N = {
    "NW": (58.0, 56.0), "N_IRTYSH": (74.3, 56.0), "N_84": (84.0, 56.0), "NE": (101.0, 56.0),
    "W_ARAL": (58.0, 46.6), "SYR_MOUTH": (61.2, 46.1), "SD_W": (66.6, 44.1),
    "ARYS_MOUTH": (68.25, 42.5), "SD_KELES": (68.1, 41.8), "KHUJAND": (69.7, 40.3),
    "CHU_END": (68.9, 45.2), "TALAS_END": (70.0, 44.3), "TARAZ": (71.4, 42.9),
    "UGAM": (70.9, 42.2), "TALAS_MID": (72.25, 42.5), "TALAS_SRC": (73.6, 42.4),
    "CHU_X": (72.5, 44.3), "CHU_BAL": (76.0, 42.5), "BAL_W": (73.4, 45.7),
    "BAL_E": (79.0, 46.62), "AYA_SRC": (81.0, 48.55), "SEMEY": (80.2, 50.45),
    "JT_ALA": (80.6, 45.75), "DA_S1": (80.3, 44.45), "KETMEN": (79.8, 42.95),
    "DZ_GATE": (82.6, 45.15), "SAUR_E": (86.5, 47.0), "ALT_NW": (84.5, 51.3),
    "ALT_TAVAN": (87.8, 49.15), "MA_1": (90.3, 47.0), "MA_SE": (94.5, 44.5),
    "KH_SW": (96.0, 44.5), "KH_NW": (97.5, 49.6), "SAYAN_E": (98.5, 52.0),
    "E_52": (101.0, 52.0), "E_425": (101.0, 42.5), "TS_KT": (80.2, 42.2),
    "TS_END": (94.0, 43.3), "ALAY": (73.5, 39.5), "PAMIR_S": (73.7, 37.0),
    "AMU_UP": (68.2, 37.1), "ALTYN": (90.0, 38.3), "ALTYN_E": (94.0, 40.0),
    "KOKO_SE": (101.0, 35.0), "KOKO_SW": (90.0, 35.0),
}

# Borders: name -> (first node, inner vertices, last node).
B = {
    # Rivers
    "syr_lower": ("SD_W", [(65.9, 44.6), (64.5, 45.2), (63.0, 45.7)], "SYR_MOUTH"),
    "syr_towns": ("ARYS_MOUTH", [(67.9, 43.1), (67.4, 43.7)], "SD_W"),
    "syr_arys": ("SD_KELES", [], "ARYS_MOUTH"),
    "syr_tashkent": ("KHUJAND", [(69.2, 40.25), (69.05, 40.6), (68.6, 41.0), (67.95, 41.25)],
                     "SD_KELES"),
    "talas_lower": ("TARAZ", [(70.9, 43.4), (70.4, 43.9)], "TALAS_END"),
    "talas_middle": ("TALAS_MID", [(71.8, 42.7)], "TARAZ"),
    "talas_upper": ("TALAS_SRC", [(72.6, 42.45)], "TALAS_MID"),
    "chu_middle": ("CHU_BAL", [(75.3, 42.85), (74.6, 42.95), (73.75, 43.6)], "CHU_X"),
    "chu_lower": ("CHU_X", [(71.0, 44.8)], "CHU_END"),
    "ayagoz": ("AYA_SRC", [(80.45, 47.95), (80.0, 47.45), (79.55, 46.95)], "BAL_E"),
    "irtysh": ("SEMEY", [(79.1, 50.6), (77.9, 51.2), (77.0, 52.2), (76.2, 53.0), (75.0, 54.0),
                         (73.7, 54.8), (74.0, 55.6)], "N_IRTYSH"),
    "amu": ("AMU_UP", [(67.2, 37.2), (65.7, 37.6), (63.8, 39.0), (62.6, 39.8)], None),
    # Lake Balkhash, along the middle of the lake from west to east
    "balkhash": ("BAL_W", [(74.0, 46.1), (74.5, 46.3), (75.0, 46.5), (75.5, 46.6), (76.5, 46.65),
                           (77.5, 46.55), (78.4, 46.5), (78.9, 46.6)], "BAL_E"),
    # Ranges
    "alatau_west": ("DA_S1", [(79.3, 44.5), (78.4, 44.7), (78.3, 45.3), (79.3, 45.6)], "JT_ALA"),
    "alatau_north": ("JT_ALA", [(81.6, 45.55)], "DZ_GATE"),
    "alatau_south": ("DZ_GATE", [(82.4, 44.6), (81.3, 44.45)], "DA_S1"),
    "lepsy_alakol": ("BAL_E", [(80.0, 46.2)], "JT_ALA"),
    "khorgos": ("KETMEN", [(80.2, 43.85)], "DA_S1"),
    "kungey": ("CHU_BAL", [(76.5, 42.85), (77.8, 42.95), (78.9, 42.9)], "KETMEN"),
    "tekes": ("KETMEN", [], "TS_KT"),
    "kyrgyz_alatau": ("TALAS_SRC", [(74.5, 42.55), (75.5, 42.5)], "CHU_BAL"),
    "fergana_range": ("TALAS_SRC", [(73.6, 41.8), (73.8, 41.0), (73.5, 40.0)], "ALAY"),
    "kokshaal": ("TS_KT", [(78.0, 41.3), (76.0, 40.6), (74.5, 40.1)], "ALAY"),
    "tian_shan_east": ("TS_KT", [(81.5, 42.4), (83.0, 42.9), (85.0, 43.3), (87.0, 43.4),
                                 (89.0, 43.3), (91.0, 43.3)], "TS_END"),
    "turkestan_range": ("KHUJAND", [(70.0, 39.7), (72.0, 39.6)], "ALAY"),
    "pamir": ("ALAY", [(73.7, 38.5)], "PAMIR_S"),
    "kunlun": ("PAMIR_S", [(76.0, 36.5), (80.0, 36.0), (84.0, 36.0), (87.0, 37.0)], "ALTYN"),
    "altyn_tagh": ("ALTYN", [(92.5, 39.3)], "ALTYN_E"),
    "tarbagatai": ("AYA_SRC", [(82.0, 47.7), (83.5, 47.35), (85.0, 47.1)], "SAUR_E"),
    "emil_south": ("DZ_GATE", [(83.5, 45.6), (84.5, 45.9), (86.0, 46.4)], "SAUR_E"),
    "black_irtysh": ("SAUR_E", [(88.0, 46.8)], "MA_1"),
    "altai": ("ALT_NW", [(86.0, 50.0), (87.5, 49.3)], "ALT_TAVAN"),
    "mongol_altai_north": ("ALT_TAVAN", [(89.0, 48.3)], "MA_1"),
    "mongol_altai_south": ("MA_1", [(91.5, 46.0), (93.0, 45.2)], "MA_SE"),
    "sayan": ("ALT_TAVAN", [(89.0, 50.8), (90.5, 51.6), (93.0, 51.9), (96.0, 52.0)], "SAYAN_E"),
    "khangai_west": ("KH_SW", [(96.5, 46.0), (97.0, 48.0)], "KH_NW"),
    "khovsgol_west": ("KH_NW", [(98.0, 51.0)], "SAYAN_E"),
    # Plain lines for orientation where the articles name no feature
    "chingiz": ("SEMEY", [(80.3, 49.5)], "AYA_SRC"),
    "betpak_dala": ("CHU_X", [], "BAL_W"),
    "karatau_north": ("CHU_END", [], "TALAS_END"),
    "steppe_syr": ("SD_W", [], "CHU_END"),
    "karatau_south": ("ARYS_MOUTH", [(68.9, 43.0), (69.6, 43.5)], "TALAS_END"),
    "keles": ("SD_KELES", [(69.0, 41.9), (70.0, 42.0)], "UGAM"),
    "ugam": ("UGAM", [], "TARAZ"),
    "chatkal": ("KHUJAND", [(70.3, 40.9), (71.0, 41.6), (71.6, 42.2)], "TALAS_MID"),
    "baraba_south": ("SEMEY", [(81.5, 51.0), (83.0, 51.3)], "ALT_NW"),
    "ob_84": ("ALT_NW", [(84.3, 53.5)], "N_84"),
    "north_edge_west": ("NW", [], "N_IRTYSH"),
    "north_edge_middle": ("N_IRTYSH", [], "N_84"),
    "north_edge_east": ("N_84", [], "NE"),
    "east_edge_north": ("NE", [], "E_52"),
    "east_edge_khalkha": ("E_52", [], "E_425"),
    "sayan_east": ("SAYAN_E", [], "E_52"),
    "gobi": ("KH_SW", [(98.0, 43.0)], "E_425"),
    "gobi_altai": ("MA_SE", [], "KH_SW"),
    "barkol": ("MA_SE", [], "TS_END"),
    "hami": ("TS_END", [(94.0, 41.5)], "ALTYN_E"),
    "kokonor_north": ("ALTYN_E", [(97.0, 39.5), (101.0, 38.5)], "KOKO_SE"),
    "kokonor_south": ("KOKO_SE", [], "KOKO_SW"),
    "kokonor_west": ("KOKO_SW", [], "ALTYN"),
    "west_edge": ("W_ARAL", [], "NW"),
    "aral_north": ("SYR_MOUTH", [(60.0, 46.7)], "W_ARAL"),
    # (66.3, 44.1): west of the Syr Darya's meander at SD_W, which the line would cross.
    "kyzylkum": ("SD_W", [(66.3, 44.1), (64.0, 42.8), (62.0, 40.8)], "AMU_LOW"),
    "panj": ("PAMIR_S", [(71.5, 37.0)], "AMU_UP"),
}
N["AMU_LOW"] = (62.6, 39.8)
B["amu"] = ("AMU_UP", [(67.2, 37.2), (65.7, 37.6), (63.8, 39.0)], "AMU_LOW")

# Borders that run along a river of the gazetteer: border name -> gazetteer id.
RIVER_BORDERS = {
    "ayagoz": "ayagoz", "talas_upper": "talas", "talas_middle": "talas", "talas_lower": "talas",
    "chu_middle": "chu", "chu_lower": "chu", "syr_tashkent": "syr-darya", "syr_arys": "syr-darya",
    "syr_towns": "syr-darya", "syr_lower": "syr-darya", "irtysh": "irtysh",
}

HERE = os.path.dirname(os.path.abspath(__file__))

# Tiles: id, name, ring as a chain of borders ("-name" walks a border backwards),
# note, source.
TILES = [
    ("kazakh-steppe", "Kazakh steppe (Sary-Arka, Ulytau)",
     ["north_edge_west", "-irtysh", "chingiz", "ayagoz", "-balkhash", "-betpak_dala",
      "chu_lower", "-steppe_syr", "syr_lower", "aral_north", "west_edge"],
     "The Kazakh pastures north of the Syr Darya, the Chu and Lake Balkhash, west of the "
     "Ayagoz and the Irtysh; the Ulytau with the Bulanty and Buliety lies inside. The "
     "western, northern and Chu-Balkhash edges are plain lines.",
     "kazakh-dzungar-war-1635-1658, Course of the war"),
    ("syr-darya-towns", "Syr Darya towns (Turkistan, Otrar)",
     ["steppe_syr", "karatau_north", "-karatau_south", "syr_towns"],
     "The towns between the Syr Darya and the Karatau: Turkistan, Otrar. The Karatau edges "
     "are approximate.",
     "kazakh-dzungar-war-1635-1658, Course of the war"),
    ("sayram", "Sayram and the Arys",
     ["syr_arys", "karatau_south", "-talas_lower", "-ugam", "-keles"],
     "Sayram, Shymkent and the Arys basin, west of the Talas below Taraz. The Keles and "
     "Ugam edges are approximate.",
     "kazakh-dzungar-war-1681-1684, Course of the War"),
    ("tashkent-oasis", "Tashkent oasis",
     ["keles", "ugam", "-talas_middle", "-chatkal", "syr_tashkent"],
     "Tashkent and the Chirchiq, between the Syr Darya and the Chatkal and Kurama ranges.",
     "kazakh-dzungar-war-1635-1658, Course of the war"),
    ("chu-talas", "Chu and Talas",
     ["-karatau_north", "-chu_lower", "-chu_middle", "-kyrgyz_alatau", "talas_upper",
      "talas_middle", "talas_lower"],
     "Between the Talas and the Chu, with the Talas valley and the Chu valley north of the "
     "Kyrgyz Alatau. Its western edge, the Talas, is the southern end of the 1658 border.",
     "kazakh-dzungar-war-1635-1658, Infobox"),
    ("jetisu", "Jetisu",
     ["balkhash", "lepsy_alakol", "-alatau_west", "-khorgos", "-kungey", "chu_middle",
      "betpak_dala"],
     "Between Lake Balkhash, the Dzungarian Alatau and the Kungey and Trans-Ili ranges, west "
     "to the Chu; the lower and middle Ili run through it. The border with the upper Ili "
     "(Khorgos) is approximate.",
     "kazakh-dzungar-war-1681-1684, Infobox"),
    ("dzungarian-alatau", "Dzungarian Alatau",
     ["alatau_west", "alatau_north", "alatau_south"],
     "The range between Jetisu, the Alakol basin and the upper Ili, drawn around its crest.",
     "kazakh-dzungar-war-1635-1658, Infobox"),
    ("tarbagatai-emil", "Tarbagatai and the Emil",
     ["-ayagoz", "tarbagatai", "-emil_south", "-alatau_north", "-lepsy_alakol"],
     "The Tarbagatai range, the Emil valley and the Alakol basin, east of the Ayagoz.",
     "kazakh-dzungar-war-1635-1658, Background"),
    ("irtysh-lands", "Upper Irtysh and Zaysan",
     ["-chingiz", "baraba_south", "altai", "mongol_altai_north", "-black_irtysh",
      "-tarbagatai"],
     "The upper Irtysh with Lake Zaysan, between the Tarbagatai and the Altai. The line "
     "from the Ayagoz's source to the Irtysh at Semey is a plain line.",
     "kazakh-dzungar-war-1681-1684, Background"),
    ("dzungaria", "Dzungaria and the upper Ili",
     ["emil_south", "black_irtysh", "mongol_altai_south", "barkol", "-tian_shan_east",
      "-tekes", "khorgos", "-alatau_south"],
     "The Dzungarian basin between the Altai and the Tian Shan, with the upper Ili (Kulja) "
     "and the Tekes. The eastern edge at Barkol is a plain line.",
     "kazakh-dzungar-war-1635-1658, Course of the war"),
    ("issyk-kul", "Issyk-Kul and the inner Tian Shan",
     ["kyrgyz_alatau", "kungey", "tekes", "kokshaal", "-fergana_range"],
     "The Issyk-Kul basin and the Naryn valleys, Kyrgyz country, between the Kyrgyz and "
     "Kungey ranges and the Kokshaal crest.",
     "kazakh-dzungar-war-1635-1658, Course of the war"),
    ("fergana-valley", "Fergana Valley",
     ["chatkal", "-talas_upper", "fergana_range", "-turkestan_range"],
     "The Fergana Valley with Andijan, inside the Chatkal, Fergana and Turkestan ranges.",
     "kazakh-dzungar-war-1681-1684, Aftermath"),
    ("transoxiana", "Transoxiana (Bukhara, Samarkand)",
     ["-syr_towns", "-syr_arys", "-syr_tashkent", "turkestan_range",
      "pamir", "panj", "amu", "-kyzylkum"],
     "Bukhara, Samarkand and the Kyzylkum between the Syr Darya and the Amu Darya. The "
     "Kyzylkum edge in the west is a plain line.",
     "kazakh-dzungar-war-1681-1684, Aftermath"),
    ("altishahr", "Altishahr (Tarim basin)",
     ["-kokshaal", "tian_shan_east", "hami", "-altyn_tagh", "-kunlun", "-pamir"],
     "The Tarim basin: Kashgar, Yarkent, Khotan, Aksu, and Turfan in the east.",
     "kazakh-dzungar-war-1681-1684, Background"),
    ("baraba", "Baraba steppe",
     ["north_edge_middle", "-ob_84", "-baraba_south", "irtysh"],
     "The Baraba steppe east of the Irtysh, country of the Baraba Tatars. The southern and "
     "eastern edges are plain lines.",
     "kazakh-dzungar-war-1681-1684, Course of the War"),
    ("southern-siberia", "Southern Siberia (upper Yenisei)",
     ["ob_84", "north_edge_east", "east_edge_north", "-sayan_east", "-sayan", "-altai"],
     "The Altai, Kuznetsk and Minusinsk lands and the upper Yenisei, where the Kyrgyz lived.",
     "kazakh-dzungar-war-1681-1684, Background"),
    ("uvs-khovd", "Uvs and Khovd",
     ["mongol_altai_north", "mongol_altai_south", "gobi_altai", "khangai_west",
      "khovsgol_west", "-sayan"],
     "North-western Mongolia: the Uvs basin and the Khovd country between the Mongolian "
     "Altai and the Khangai, the Altan Khanate's land.",
     "kazakh-dzungar-war-1681-1684, Background"),
    ("khalkha", "Khalkha Mongolia",
     ["-khangai_west", "gobi", "-east_edge_khalkha", "-sayan_east", "-khovsgol_west"],
     "Khalkha Mongolia west of 101° E (the map's edge), south to the Gobi.",
     "kazakh-dzungar-war-1681-1684, Aftermath"),
    ("kokonor", "Kokonor and the Qaidam",
     ["altyn_tagh", "kokonor_north", "kokonor_south", "kokonor_west"],
     "Lake Kokonor and the Qaidam basin south of the Altyn-Tagh, Khoshut land from 1637. "
     "The edges other than the Altyn-Tagh are plain lines.",
     "kazakh-dzungar-war-1635-1658, Course of the war"),
]


def river_courses():
    with open(os.path.join(HERE, "..", "gazetteer.geojson"), encoding="utf-8") as f:
        features = json.load(f)["features"]
    return {f["properties"]["id"]: [tuple(p) for p in f["geometry"]["coordinates"]]
            for f in features if f["geometry"]["type"] == "LineString"}


def nearest(course, point):
    return min(course, key=lambda p: (p[0] - point[0]) ** 2 + (p[1] - point[1]) ** 2)


def follow_rivers():
    courses = river_courses()
    rivers = {name: courses[river] for name, river in RIVER_BORDERS.items() if river in courses}
    for name, course in rivers.items():
        first, _, last = B[name]
        N[first], N[last] = nearest(course, N[first]), nearest(course, N[last])
    for name, course in rivers.items():
        first, _, last = B[name]
        i, j = course.index(N[first]), course.index(N[last])
        if i == j:
            raise SystemExit(f"border '{name}': both ends snap to the same river vertex")
        B[name] = (first, course[i + 1:j] if i < j else course[j + 1:i][::-1], last)


def border_points(name):
    backwards = name.startswith("-")
    first, inner, last = B[name.lstrip("-")]
    points = [N[first]] + inner + [N[last]]
    return points[::-1] if backwards else points


def ring_of(chain, tile_id):
    ring = []
    for name in chain:
        points = border_points(name)
        if ring and ring[-1] != points[0]:
            raise SystemExit(f"{tile_id}: border '{name}' does not start where the last ended")
        ring.extend(points if not ring else points[1:])
    if ring[0] != ring[-1]:
        raise SystemExit(f"{tile_id}: ring is not closed")
    return [[round(x, 4), round(y, 4)] for x, y in ring]


def main():
    follow_rivers()
    features = []
    for tile_id, name, chain, note, source in TILES:
        features.append({
            "type": "Feature",
            "properties": {"id": tile_id, "name": name, "note": note, "source": source},
            "geometry": {"type": "Polygon", "coordinates": [ring_of(chain, tile_id)]},
        })
    out = os.path.join(HERE, "regions.geojson")
    with open(out, "w", encoding="utf-8") as f:
        f.write('{\n"type": "FeatureCollection",\n"features": [\n')
        f.write(",\n".join(json.dumps(feat, ensure_ascii=False) for feat in features))
        f.write("\n]\n}\n")


if __name__ == "__main__":
    main()
