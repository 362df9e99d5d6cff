#!/usr/bin/env bash
# campaignmap's two everyday commands (see README.md):
#   ./build.sh demo    install what is missing, build, render the default maps into out/
#   ./build.sh test    install what is missing, build (plain and ASan+UBSan), run every test
# and one for measuring:
#   ./build.sh bench   install, build, run the benchmark (see README.md, Performance)
set -euo pipefail
cd "$(dirname "$0")"

usage() {
    echo "usage: ./build.sh demo|test|bench" >&2
    exit 2
}
[ $# -eq 1 ] || usage

./setup.sh
jobs=$(nproc)

configure_and_build() {
    local dir=$1
    shift
    cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >"$dir.configure.log" 2>&1 ||
        { cat "$dir.configure.log" >&2; exit 1; }
    cmake --build "$dir" -j "$jobs"
}

# The maps the README shows: for each war of the data (geodata/history/wars.toml) an overview
# in the publication style (PDF, SVG, PNG) and in the slides style (PNG), and a map of 1643
# with its campaigns. Two maps at a time.
render_demo() {
    local cm=build/render/campaignmap
    mkdir -p out
    "$cm" check
    local wars
    wars=$(sed -n 's/^id = "\(.*\)"$/\1/p' geodata/history/wars.toml)
    local pids=()
    for war in $wars; do
        for ext in pdf svg png; do
            "$cm" render --war "$war" --style publication --page a4-landscape \
                -o "out/war-$war-publication.$ext" & pids+=($!)
        done
        "$cm" render --war "$war" --style slides --page slide -o "out/war-$war-slides.png" &
        pids+=($!)
        for pid in "${pids[@]}"; do wait "$pid"; done
        pids=()
    done
    "$cm" render --year 1643 --style publication --page a4-landscape -o out/year-1643.png
    echo "demo: maps written to out/"
    ls -1 out/*.pdf out/*.svg out/*.png
    # The theatre of both wars, framed so that the slide stays inside the Natural Earth extract.
    "$cm" animate --from 1635 --to 1697 --style slides --extent 50,37,100,54 -q -o out/borders-1635-1697.mp4
    "$cm" animate --from 1635 --to 1697 --style slides --extent 50,37,100,54 -q -o out/borders-1635-1697.gif
}

# A short, bounded libFuzzer run of every fuzz target on its seed corpus (read-only; new
# inputs go to a scratch directory). Longer runs: see README.md, Robustness.
run_fuzzers() {
    local seconds=${CM_FUZZ_SECONDS:-20}
    CC=clang CXX=clang++ configure_and_build build-fuzz -DCM_FUZZ=ON -DCM_TESTS=OFF
    for target in build-fuzz/tests/fuzz/fuzz_*; do
        local name=${target##*/fuzz_}
        local scratch log
        scratch=$(mktemp -d)
        log=build-fuzz/fuzz-$name.log
        echo "== fuzz $name (${seconds}s)"
        if ! "$target" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
            -artifact_prefix="build-fuzz/crash-$name-" "$scratch" "tests/fuzz/corpus/$name" \
            >"$log" 2>&1; then
            tail -n 30 "$log" >&2
            echo "fuzz $name found a crash: build-fuzz/crash-$name-*" >&2
            exit 1
        fi
        grep "^Done" "$log" || tail -n 1 "$log"
        rm -rf "$scratch"
    done
}

# Order matters for CI, which reads the last lines: the plain ctest summary comes last.
run_tests() {
    configure_and_build build
    configure_and_build build-asan -DCMAKE_BUILD_TYPE=Debug -DCM_SANITIZE=ON
    run_fuzzers
    echo "== tests (ASan + UBSan)"
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        ctest --test-dir build-asan --output-on-failure -j "$jobs"
    echo "== tests (RelWithDebInfo)"
    ctest --test-dir build --output-on-failure -j "$jobs"
}

case "$1" in
    demo)
        configure_and_build build
        render_demo
        ;;
    test) run_tests ;;
    bench)
        configure_and_build build-release -DCMAKE_BUILD_TYPE=Release
        cmake --build build-release --target bench
        ;;
    *) usage ;;
esac
