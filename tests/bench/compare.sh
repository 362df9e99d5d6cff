#!/usr/bin/env bash
# Times this checkout's Release binary against an earlier checkout's, run alternately on the
# same machine (the machine's speed drifts between days; see README.md, Performance).
#   tests/bench/compare.sh EARLIER [ROUNDS]
# EARLIER: a checkout with build-release/render/campaignmap built, e.g.
#   git worktree add ../earlier 75b57d1 &&
#   cmake -S ../earlier -B ../earlier/build-release -DCMAKE_BUILD_TYPE=Release -DCM_TESTS=OFF &&
#   cmake --build ../earlier/build-release --target campaignmap
# Both run from their own checkout (their own data); the earlier one is given the Natural
# Earth directory of ../shared where a case says "NE both", so that both draw the same data.
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: tests/bench/compare.sh EARLIER [ROUNDS]" >&2; exit 2; }
here=$(cd "$(dirname "$0")/../.." && pwd)
earlier=$(cd "$1" && pwd)
rounds=${2:-5}
for dir in "$here" "$earlier"; do
    [ -x "$dir/build-release/render/campaignmap" ] ||
        { echo "compare.sh: $dir/build-release/render/campaignmap is not built" >&2; exit 2; }
done
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
ne="--basemap ../shared/basemap/naturalearth"
year="render --year 1643 --style slides --page slide"
war="render --war 1635-1658 --style publication --page a4-landscape"
# name | earlier's arguments | this checkout's arguments ({} is the output file's stem)
cases=(
    "process start|--version|--version"
    "1643 slide PNG, no relief (NE both)|$year --relief off $ne -o {}.png|$year --relief off -o {}.png"
    "1643 slide PNG, relief (earlier: GSHHS)|$year -o {}.png|$year -o {}.png"
    "1643 slide PNG, relief (NE both)|$year $ne -o {}.png|$year -o {}.png"
    "war A4 PNG, no relief (NE both)|$war --relief off $ne -o {}.png|$war --relief off -o {}.png"
    "war A4 PNG, relief (NE both)|$war $ne -o {}.png|$war -o {}.png"
    "war A4 PDF, relief (NE both)|$war $ne -o {}.pdf|$war -o {}.pdf"
    "war A4 PDF, no relief (NE both)|$war --relief off $ne -o {}.pdf|$war --relief off -o {}.pdf"
    "war A4 SVG, relief (NE both)|$war $ne -o {}.svg|$war -o {}.svg"
    "animate 1635-1697 MP4|animate --from 1635 --to 1697 --quiet -o {}.mp4|animate --from 1635 --to 1697 --quiet -o {}.mp4"
)

# Prints the wall time in seconds of campaignmap in checkout $1 with arguments $2.
seconds() {
    local dir=$1 args=${2//\{\}/$out/$3}
    local start end
    start=$(date +%s.%N)
    # shellcheck disable=SC2086  # the arguments are words
    (cd "$dir" && ./build-release/render/campaignmap $args >/dev/null)
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" 'BEGIN {print b - a}'
}

median() { sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

echo "| case | earlier code, median (s) | this code, median (s) | this / earlier |"
echo "|---|---:|---:|---:|"
for entry in "${cases[@]}"; do
    IFS='|' read -r name earlier_args these_args <<<"$entry"
    seconds "$earlier" "$earlier_args" earlier >/dev/null  # warm the caches
    seconds "$here" "$these_args" this >/dev/null
    a=() b=()
    for _ in $(seq "$rounds"); do
        a+=("$(seconds "$earlier" "$earlier_args" earlier)")
        b+=("$(seconds "$here" "$these_args" this)")
    done
    ma=$(printf '%s\n' "${a[@]}" | median)
    mb=$(printf '%s\n' "${b[@]}" | median)
    printf '| %s | %.3f | %.3f | %.2f |\n' "$name" "$ma" "$mb" "$(awk -v a="$ma" -v b="$mb" 'BEGIN {print b / a}')"
done
