#!/usr/bin/env bash
# Builds the Debian package from a finished build tree, unpacks it into a temporary prefix, checks
# that everything a desktop needs is in it and declared, and starts the unpacked lintas offscreen
# on a new database.
#
#   tests/packaging/CheckPackage.sh BUILD_DIR
#
# Registered with CTest as PackageDeb (tests/CMakeLists.txt). Nothing is installed on the system
# and nothing outside a temporary directory is written. Qt comes from the system, so the
# unpacked binaries need no LD_LIBRARY_PATH.
set -euo pipefail

build=${1:?usage: CheckPackage.sh BUILD_DIR}
build=$(cd "$build" && pwd)
[[ -f $build/CPackConfig.cmake ]] || { echo "FAIL: $build has no CPackConfig.cmake (configure first)" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/lintas-package.XXXXXX")
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }
# check DESCRIPTION COMMAND...: runs the command and reports it as passed or failed.
check() {
  local what=$1
  shift
  if "$@"; then ok "$what"; else fail "$what"; fi
}
declares() { grep -Eq "(^|, )$1( |,|$)" <<<"$depends"; }

# --- build the .deb -----------------------------------------------------------------------------
start=$(date +%s)
if ! cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
  cat "$work/cpack.log" >&2
  echo "FAIL: cpack could not build the package" >&2
  exit 1
fi
debs=("$work"/out/*.deb)
[[ ${#debs[@]} -eq 1 && -f ${debs[0]} ]] || { echo "FAIL: cpack made no single .deb" >&2; exit 1; }
deb=${debs[0]}
ok "built $(basename "$deb") in $(($(date +%s) - start)) s"

# --- control data --------------------------------------------------------------------------------
depends=$(dpkg-deb --field "$deb" Depends)
echo "Depends: $depends"
# Loaded at run time, so dpkg-shlibdeps cannot find them: they must be declared by hand.
for pkg in qt6-qpa-plugins libqt6svg6 fonts-noto-core; do
  check "depends on $pkg" declares "$pkg"
done
# Found by dpkg-shlibdeps from what the binaries link.
for pkg in libqt6widgets6 libqt6charts6 libsqlcipher1 libsodium23; do
  check "depends on $pkg (found by dpkg-shlibdeps)" declares "$pkg"
done
# SQLCipher replaces SQLite: a dependency on plain libsqlite3 would mean a binary links both.
if declares libsqlite3-0; then fail "depends on libsqlite3-0: a binary links plain SQLite beside SQLCipher"; else ok "no plain SQLite"; fi
[[ $(dpkg-deb --field "$deb" Package) == lintas ]] || fail "package is not named lintas"
# Read the field whole first: `| head -1` would close the pipe early and, under pipefail, fail
# the check whenever dpkg-deb is still writing.
description=$(dpkg-deb --field "$deb" Description)
[[ ${description%%$'\n'*} == *human-trafficking* ]] || fail "Description has no summary"

# --- files ---------------------------------------------------------------------------------------
root=$work/root
dpkg-deb -x "$deb" "$root"
expect=(
  usr/bin/lintas
  usr/bin/lintas-cli
  usr/share/applications/id.lintas.Lintas.desktop
  usr/share/metainfo/id.lintas.Lintas.metainfo.xml
  usr/share/icons/hicolor/scalable/apps/lintas.svg
)
for size in 16 22 24 32 48 64 128 256; do
  expect+=("usr/share/icons/hicolor/${size}x${size}/apps/lintas.png")
done
for f in "${expect[@]}"; do
  check "$f is in the package" test -s "$root/$f"
done
for f in usr/bin/lintas usr/bin/lintas-cli; do
  [[ -x $root/$f ]] || fail "$f is not executable"
done
for size in 16 256; do
  png=$root/usr/share/icons/hicolor/${size}x${size}/apps/lintas.png
  [[ -f $png ]] || continue
  # PNG signature, then the IHDR width and height (big-endian) at bytes 16-23.
  [[ $(head -c 8 "$png" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]] || fail "$png is not a PNG"
  dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{print $3*256+$4 "x" $7*256+$8}')
  check "icon ${size}x${size} is $dims" test "$dims" = "${size}x${size}"
done

desktop=$root/usr/share/applications/id.lintas.Lintas.desktop
if [[ -f $desktop ]]; then
  grep -qx 'Exec=lintas' "$desktop" || fail "desktop entry does not start lintas"
  grep -qx 'Icon=lintas' "$desktop" || fail "desktop entry does not use the lintas icon"
  grep -qx 'Categories=Office;' "$desktop" || fail "desktop entry is not in Office"
  if command -v desktop-file-validate >/dev/null; then
    check "desktop-file-validate" desktop-file-validate "$desktop"
  fi
fi
metainfo=$root/usr/share/metainfo/id.lintas.Lintas.metainfo.xml
if [[ -f $metainfo ]]; then
  grep -q '<launchable type="desktop-id">id.lintas.Lintas.desktop</launchable>' "$metainfo" ||
    fail "metainfo does not launch the installed desktop entry"
  if command -v appstreamcli >/dev/null; then
    if appstreamcli validate --no-net "$metainfo" >"$work/appstream.log" 2>&1; then
      ok "appstreamcli validate"
    else
      cat "$work/appstream.log" >&2
      fail "appstreamcli validate"
    fi
  fi
fi

# --- run the unpacked programs -------------------------------------------------------------------
# A home of its own: the run must not read or write the user's settings or last database.
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
export XDG_CACHE_HOME=$work/home/.cache XDG_RUNTIME_DIR=$work/runtime
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
db=$work/check.db
# A synthetic administrator; the password goes on a descriptor, never on the command line.
# LINTAS_KDF=fast: the cheapest key-slot cost, for tests only (docs/security.md).
printf 'package check password\n' >"$work/password"
export LINTAS_KDF=fast
if "$root/usr/bin/lintas-cli" init --db "$db" --agency-code BARESKRIM --country IDN \
     --agency-name "Package check (synthetic)" --user admin.check --password-fd 4 \
     4<"$work/password" >"$work/init.log" 2>&1; then
  ok "unpacked lintas-cli created a database"
else
  cat "$work/init.log" >&2
  fail "unpacked lintas-cli init"
fi
start=$(date +%s)
if QT_QPA_PLATFORM=offscreen timeout 60 "$root/usr/bin/lintas" --db "$db" --quit-after-load \
     --user admin.check --password-fd 4 4<"$work/password" >"$work/gui.log" 2>&1; then
  ok "unpacked lintas signed in, started and quit after loading ($(($(date +%s) - start)) s)"
else
  rc=$?
  cat "$work/gui.log" >&2
  fail "unpacked lintas --quit-after-load exited with $rc"
fi

if ((failures > 0)); then
  echo "$failures check(s) failed" >&2
  exit 1
fi
echo "package OK"
