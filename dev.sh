#!/usr/bin/env bash
# The two quick-start commands of the README:
#   ./dev.sh run    install what is missing, build, open Cairn on the demo data
#   ./dev.sh test   install what is missing, build, run every test
# Both are safe to repeat: packages already present are not reinstalled and the
# build is incremental (ccache keeps recompiles cheap).
set -euo pipefail
cd "$(dirname "$0")"

PRESET=default
BUILD_DIR=build/$PRESET

# Debian 12 (bookworm) packages. qt6-charts-dev needs libqt6opengl6-dev for its
# CMake package to be found; qt6-qpa-plugins brings the offscreen platform.
PACKAGES=(
    cmake ninja-build g++ ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins libqt6sql6-sqlite
    qt6-charts-dev libqt6opengl6-dev libgl-dev
    qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libglpk-dev libbenchmark-dev libical-dev libsqlite3-dev libsimdjson-dev libgraphviz-dev libpoppler-qt6-dev
    postgresql-15 libqt6sql6-psql qtkeychain-qt6-dev
    fonts-dejavu-core python3 python3-jsonschema
)

usage() {
    cat <<USAGE
Usage: ./dev.sh run|test|build

  run    install missing packages, build, and open Cairn on the demo catalogue
         and demo learner (database: $BUILD_DIR/demo/cairn.sqlite). Without a
         display it renders the main window offscreen, prints the screenshot's
         path and exits 0.
  test   install missing packages, build, and run every test with ctest
         (the storage suites also on a throwaway PostgreSQL server).
  build  install missing packages and build only.
USAGE
}

install_missing() {
    local missing=()
    for package in "${PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "dev.sh: installing missing packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "dev.sh: need root or sudo to install ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    install_missing
    cmake --preset "$PRESET" >/dev/null
    cmake --build --preset "$PRESET"
}

case "${1:-}" in
    run)
        build
        mkdir -p "$BUILD_DIR/demo"
        args=(--database "$BUILD_DIR/demo/cairn.sqlite" --demo)
        if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
            shot="$PWD/$BUILD_DIR/screenshots/main-window.png"
            QT_QPA_PLATFORM=offscreen "$BUILD_DIR/app/cairn" "${args[@]}" --screenshot "$shot"
            echo "No display: rendered the main window offscreen to $shot"
        else
            exec "$BUILD_DIR/app/cairn" "${args[@]}"
        fi
        ;;
    test)
        build
        status=0
        QT_QPA_PLATFORM=offscreen ctest --preset "$PRESET" -j 2 || status=$?
        # The suites that also run on a study centre's server say whether
        # they could (tests/postgres/testcluster.sh).
        if [ -f "$BUILD_DIR/tests/postgres-test-server.log" ]; then
            cat "$BUILD_DIR/tests/postgres-test-server.log"
        fi
        exit $status
        ;;
    build)
        build
        ;;
    -h|--help|help)
        usage
        ;;
    *)
        usage >&2
        exit 2
        ;;
esac
