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

render_demo() {
    local cm=build/render/campaignmap
    mkdir -p out
    "$cm" check
}

run_tests() {
    configure_and_build build
    configure_and_build build-asan -DCMAKE_BUILD_TYPE=Debug -DCM_SANITIZE=ON
    echo "== tests (RelWithDebInfo)"
    ctest --test-dir build --output-on-failure -j "$jobs"
    echo "== tests (ASan + UBSan)"
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        ctest --test-dir build-asan --output-on-failure -j "$jobs"
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
