#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
#
# Voordeur quick start for Debian 12.
#
#   ./build.sh run    install what is missing, build a release, start the GUI
#   ./build.sh test   install what is missing, build the dev preset, run every test
#   ./build.sh deps [run|test]   only install what is missing
#
# Installing is idempotent: packages already present are skipped, apt runs only when
# something is missing. As root apt runs directly, otherwise through sudo.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"

# What building Voordeur needs.
BUILD_PACKAGES=(
    build-essential cmake ninja-build pkgconf dpkg-dev
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-svg-dev libqt6svg6
    libsqlite3-dev libcurl4-openssl-dev libssl-dev libsodium-dev libzxcvbn-dev libpugixml-dev libminiupnpc-dev
    nlohmann-json3-dev
    ieee-data fonts-dejavu-core
)
# What the tests need on top: Catch2, packaging validators, the formatter, and the real
# responders the integration tests run inside isolated network namespaces.
TEST_PACKAGES=(
    catch2 appstream desktop-file-utils file clang-format
    iproute2 nftables dbus python3 tcpdump dnsmasq-base curl jq
    avahi-daemon avahi-utils minidlna miniupnpd-nftables miniupnpc wsdd gupnp-tools
)
# Daemons among those that must never start in this machine's own network: the tests start
# them themselves, inside namespaces.
DAEMON_PACKAGES=(avahi-daemon minidlna miniupnpd-nftables dnsmasq-base)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "Installing packages needs root: run as root or install sudo." >&2
        exit 1
    fi
}

missing_packages() {
    local pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            printf '%s\n' "$pkg"
        fi
    done
}

install_packages() {
    local -a missing
    mapfile -t missing < <(missing_packages "$@")
    if [ ${#missing[@]} -eq 0 ]; then
        say "All ${#} packages are already installed"
        return
    fi
    say "Installing ${#missing[@]} missing package(s): ${missing[*]}"
    # Keep freshly installed daemons from starting in the machine's own network.
    local policy=/usr/sbin/policy-rc.d added_policy=0
    if [ ! -e "$policy" ]; then
        as_root sh -c "printf '#!/bin/sh\nexit 101\n' > $policy && chmod +x $policy"
        added_policy=1
    fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    if [ $added_policy -eq 1 ]; then
        as_root rm -f "$policy"
    fi
    # Nor at the next boot: the tests start these themselves, inside namespaces.
    if command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ]; then
        local pkg
        for pkg in "${missing[@]}"; do
            case " ${DAEMON_PACKAGES[*]} " in
                *" $pkg "*) as_root systemctl disable --now "${pkg%-nftables}" >/dev/null 2>&1 || true ;;
            esac
        done
    fi
}

deps() {
    case "${1:-run}" in
        run) install_packages "${BUILD_PACKAGES[@]}" ;;
        test) install_packages "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}" ;;
        *) usage ;;
    esac
}

run() {
    deps run
    say "Building a release (build/release)"
    cmake --preset release
    cmake --build --preset release
    say "Starting Voordeur"
    exec ./build/release/app/voordeur "$@"
}

test_all() {
    deps test
    say "Building the dev preset (build/dev)"
    cmake --preset dev
    cmake --build --preset dev
    say "Running every test"
    ctest --preset dev
}

usage() {
    sed -n '4,12p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
}

case "${1:-}" in
    run) shift; run "$@" ;;
    test) shift; test_all ;;
    deps) shift; deps "${1:-run}" ;;
    *) usage ;;
esac
