#!/usr/bin/env bash
# The .deb from the already-built tree (never a second build): cpack -G DEB, then the package's contents are
# checked (binaries, .desktop, metainfo, icons, man page), the .desktop and metainfo validated, the man page
# rendered, and the package extracted into a scratch root whose sagstjek-cli is started on a new database.
# Usage: tests/package_deb.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$(cd "${1:?usage: package_deb.sh BUILD_DIR SOURCE_DIR}" && pwd)
source=$(cd "${2:?usage: package_deb.sh BUILD_DIR SOURCE_DIR}" && pwd)

if ! command -v cpack >/dev/null || ! command -v dpkg-deb >/dev/null; then
    echo "SKIP: cpack or dpkg-deb is not installed (scripts/install-deps.sh --test installs them)"
    exit 0
fi
missing=()
for tool in dpkg-shlibdeps desktop-file-validate appstreamcli man; do
    command -v "$tool" >/dev/null || missing+=("$tool")
done
if ((${#missing[@]})); then
    echo "FAIL: missing ${missing[*]}: run scripts/install-deps.sh --test" >&2
    exit 1
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# gzip instead of the release's xz: the test build's binaries are large (debug, sanitizers), xz would take long.
start=$(date +%s)
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/out" -D CPACK_DEBIAN_COMPRESSION_TYPE=gzip \
    >"$scratch/cpack.log" 2>&1 || { cat "$scratch/cpack.log" >&2; fail "cpack"; }
shopt -s nullglob
debs=("$scratch"/out/sagstjek_*.deb)
((${#debs[@]} == 1)) || { cat "$scratch/cpack.log" >&2; fail "expected one sagstjek_*.deb, got ${#debs[@]}"; }
deb=${debs[0]}
echo "built $(basename "$deb") ($(du -k "$deb" | cut -f1) kB) in $(($(date +%s) - start)) s"

# Dependencies computed by dpkg-shlibdeps (Qt, QuaZip, libsodium, libpq) plus the SQLite and PostgreSQL drivers, plugins.
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for package in libqt6core6 libqt6widgets6 libqt6sql6 libsodium23 libqt6sql6-sqlite libqt6sql6-psql libpq5; do
    [[ ", $depends," == *", $package"[\ ,]* ]] || fail "Depends lacks $package"
done

# The layout a desktop expects.
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
expected=(
    ./usr/bin/sagstjek
    ./usr/bin/sagstjek-cli
    ./usr/share/applications/dk.sagstjek.Sagstjek.desktop
    ./usr/share/metainfo/dk.sagstjek.Sagstjek.metainfo.xml
    ./usr/share/icons/hicolor/scalable/apps/dk.sagstjek.Sagstjek.svg
    ./usr/share/man/man1/sagstjek-cli.1.gz
)
for size in 48 64 128 256; do
    expected+=("./usr/share/icons/hicolor/${size}x${size}/apps/dk.sagstjek.Sagstjek.png")
done
for path in "${expected[@]}"; do
    grep -qxF "$path" <<<"$contents" || fail "the package has no $path"
done

root="$scratch/root"
dpkg-deb -x "$deb" "$root"
desktop-file-validate "$root/usr/share/applications/dk.sagstjek.Sagstjek.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/dk.sagstjek.Sagstjek.metainfo.xml" ||
    fail "appstreamcli validate"
grep -qx 'Icon=dk.sagstjek.Sagstjek' "$root/usr/share/applications/dk.sagstjek.Sagstjek.desktop" ||
    fail "the .desktop entry does not name the installed icon"
for size in 48 64 128 256; do
    file "$root/usr/share/icons/hicolor/${size}x${size}/apps/dk.sagstjek.Sagstjek.png" |
        grep -q "PNG image data, $size x $size" || fail "the ${size}x${size} icon is not a ${size}x${size} PNG"
done

# The man page renders without groff warnings and names every command the CLI has.
man_page="$root/usr/share/man/man1/sagstjek-cli.1.gz"
MANWIDTH=100 man --warnings -l "$man_page" >"$scratch/man.txt" 2>"$scratch/man.err" || fail "man -l"
[[ ! -s "$scratch/man.err" ]] || { cat "$scratch/man.err" >&2; fail "man page warnings"; }

# The CLI from the scratch root: its own libraries are linked in, so nothing from the build tree is needed.
cli="$root/usr/bin/sagstjek-cli"
export XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" HOME="$scratch/home"
mkdir -p "$HOME"
version=$("$cli" --version) || fail "sagstjek-cli --version"
echo "$version"
[[ "$version" == "sagstjek-cli "* ]] || fail "unexpected --version output: $version"
number=${version#sagstjek-cli }
grep -q "<release version=\"$number\"" "$root/usr/share/metainfo/dk.sagstjek.Sagstjek.metainfo.xml" ||
    fail "the metainfo has no release $number"
[[ "$(dpkg-deb -f "$deb" Version)" == "$number" ]] || fail "the package's version is not $number"
grep -q "$number" "$scratch/man.txt" || fail "the man page does not name version $number"

"$cli" --help >"$scratch/help.txt"
commands=$(awk '/^Commands:/{on=1; next} on && /^  [a-z]/{print $1}' "$scratch/help.txt")
[[ -n "$commands" ]] || fail "no commands in sagstjek-cli --help"
for command in $commands; do
    [[ "$command" == selftest-* ]] && continue # test hooks: not in a product build
    grep -qE "^ *$command( |$)" "$scratch/man.txt" || fail "the man page does not describe '$command' (resources/sagstjek-cli.1)"
done
# Subcommands ("round create"): named when missing, so the page can catch up.
awk '/^Commands:/{on=1; next} on && /^  [a-z]/ && $2 ~ /^[a-z][a-z-]*$/ {print $1 " " $2}' "$scratch/help.txt" |
    while read -r group sub; do
        grep -qE "^ *$group +$sub( |$)" "$scratch/man.txt" ||
            echo "WARNING: the man page does not describe '$group $sub' (resources/sagstjek-cli.1)"
    done

db="$scratch/t.sqlite"
"$cli" --db "$db" init >/dev/null || fail "sagstjek-cli init"
"$cli" --db "$db" demo >/dev/null || fail "sagstjek-cli demo"
count=$("$cli" --db "$db" cases --json | grep -c '"case_number"') || true
((count > 0)) || fail "sagstjek-cli cases lists no cases after demo"
"$cli" --db "$db" check >/dev/null || fail "sagstjek-cli check"
echo "sagstjek-cli from the package: $count cases; PASS in $(($(date +%s) - start)) s"
