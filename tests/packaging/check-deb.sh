#!/bin/sh
# SPDX-License-Identifier: EUPL-1.2
# Builds the Debian package with cpack into a scratch directory and checks its contents
# and metadata. Usage: check-deb.sh BUILD_DIR APP_ID
set -eu
build_dir=$1
app_id=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

cd "$build_dir"
cpack -G DEB -B "$out" >"$out/cpack.log" 2>&1 || { cat "$out/cpack.log"; exit 1; }
deb=$(ls "$out"/*.deb)
echo "package: $(basename "$deb")"

contents=$(dpkg-deb --contents "$deb")
for path in ./usr/bin/voordeur ./usr/bin/voordeur-cli \
    "./usr/share/applications/$app_id.desktop" \
    "./usr/share/metainfo/$app_id.metainfo.xml" \
    "./usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    ./usr/share/doc/voordeur/LICENSE; do
    echo "$contents" | grep -q " $path\$" || { echo "missing from the package: $path"; exit 1; }
done

depends=$(dpkg-deb --field "$deb" Depends)
echo "depends: $depends"
for lib in libqt6widgets6 libsqlite3-0 libcurl4 libsodium23 libqt6svg6; do
    echo "$depends" | grep -q "$lib" || { echo "Depends lacks $lib"; exit 1; }
done

# The package must unpack into a usable tree: the CLI runs from it.
dpkg-deb --extract "$deb" "$out/root"
"$out/root/usr/bin/voordeur-cli" --version | grep -q '^voordeur-cli ' || { echo "packaged voordeur-cli does not run"; exit 1; }
echo "ok"
