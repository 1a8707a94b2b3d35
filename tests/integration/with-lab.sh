#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# with-lab.sh [--state DIR] [--hosts N] [--client-avahi] [--as USER] [--] COMMAND [ARG...]
#
# Brings the lab up, exports the variables of lab.env (LAB_CLIENT_NS, LAB_EXPECTED, LAB_ROUTER_IP,
# ...), runs COMMAND inside the lab's client namespace, tears the lab down (also on failure or
# interruption) and exits with COMMAND's exit status. Example:
#   tests/integration/with-lab.sh build/dev/app/voordeur-cli scan --json
#   tests/integration/with-lab.sh sh -c 'voordeur-cli scan --json >out.json && check.py "$LAB_EXPECTED" out.json'
#
#   --state DIR      keep the lab's state (logs, expected.json) in DIR instead of a temporary one
#   --hosts N        the bigger lab of the scaling benchmark (N extra lightweight hosts)
#   --client-avahi   also run an avahi-daemon and a private D-Bus in the client namespace
#                    (only for tools that browse through avahi; Voordeur does its own mDNS)
#   --as USER        run COMMAND as USER (to test without root privileges)
# Needs root; without root it fails with a message saying so.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
LAB=$HERE/lab/lab.sh

die() { echo "with-lab: ERROR: $*" >&2; exit 1; }

state=
keep=0
client_avahi=0
run_as=
up_args=()
while [ $# -gt 0 ]; do
    case $1 in
        --state) state=${2:?--state needs a directory}; keep=1; shift 2 ;;
        --hosts) up_args+=(--hosts "${2:?--hosts needs a number}"); shift 2 ;;
        --client-avahi) client_avahi=1; shift ;;
        --as) run_as=${2:?--as needs a user}; shift 2 ;;
        --) shift; break ;;
        -*) die "unknown option $1" ;;
        *) break ;;
    esac
done
[ $# -ge 1 ] || die "usage: with-lab.sh [--state DIR] [--hosts N] [--client-avahi] [--as USER] [--] COMMAND [ARG...]"
[ "$(id -u)" -eq 0 ] || die "the integration tests need root (they build a lab of network namespaces); run as root"

if [ -z "$state" ]; then
    state=$(mktemp -d "${TMPDIR:-/tmp}/voordeur-lab.XXXXXX")
fi
# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
    "$LAB" down "$state" || true
    [ "$keep" -eq 1 ] || rm -rf -- "$state"
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

"$LAB" up "$state" "${up_args[@]}"
[ "$client_avahi" -eq 0 ] || "$LAB" client-avahi "$state"
set -a
# shellcheck source=/dev/null
. "$state/lab.env"
set +a

# Resolve COMMAND to an absolute path first: the client namespace shares our file system.
cmd=$1
shift
if [[ $cmd != */* ]]; then
    cmd=$(type -P "$cmd") || die "command not found: $cmd"
fi
[[ $cmd == /* ]] || cmd=$PWD/$cmd
rc=0
if [ -n "$run_as" ]; then
    "$LAB_NSEXEC" "$LAB_CLIENT_NS" runuser -u "$run_as" -- "$cmd" "$@" || rc=$?
else
    "$LAB_NSEXEC" "$LAB_CLIENT_NS" "$cmd" "$@" || rc=$?
fi
exit "$rc"
