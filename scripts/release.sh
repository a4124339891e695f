#!/usr/bin/env bash
# Builds the archive people who are not Rust developers install from:
#   dist/tsunagari-<version>-<target>.tar.gz, holding one folder of the same name with
#     tsunagari                         the binary (release profile)
#     README.md LICENSE-MIT LICENSE-APACHE
#     man/man1/tsunagari.1              the manual page in English (`tsunagari man --lang en`)
#     man/ja/man1/tsunagari.1           the same in Japanese (`tsunagari man --lang ja`)
#     completions/tsunagari.bash, completions/_tsunagari (zsh), completions/tsunagari.fish
# The man pages and completions are written by the binary itself, from the same definitions
# as --help, so they never drift from the command line.
#
# Usage: scripts/release.sh [--target TRIPLE] [--out DIR] [--binary PATH] [--dry-run]
#   --target   the Rust target to build for (default: this machine's, from `rustc -vV`); for
#              another target the host binary writes the man pages and completions
#   --out      where the archive goes (default: dist)
#   --binary   package this already built binary instead of building one (it must run here;
#              the tests use it to build a real archive from the debug binary in seconds)
#   --dry-run  print the archive's path, then each file it would hold, one a line; build nothing
# Needs: cargo, tar, gzip (and the target's toolchain: `rustup target add TRIPLE`).
set -euo pipefail
cd "$(dirname "$0")/.."

target=""
out=dist
dry_run=0
binary=""
while [ $# -gt 0 ]; do
  case $1 in
    --target) target=${2:?--target needs a triple}; shift 2 ;;
    --out) out=${2:?--out needs a folder}; shift 2 ;;
    --binary) binary=${2:?--binary needs a path}; shift 2 ;;
    --dry-run) dry_run=1; shift ;;
    -h | --help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "release.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
[ -n "$version" ] || { echo "release.sh: no version in Cargo.toml" >&2; exit 1; }
host=""
if [ -z "$target" ] || { [ "$dry_run" -eq 0 ] && [ -z "$binary" ]; }; then
  host=$(rustc -vV | sed -n 's/^host: //p')
fi
target=${target:-$host}
name="tsunagari-$version-$target"
archive="$out/$name.tar.gz"

# What goes in, relative to the archive's folder (the order tar lists them in).
members=(
  tsunagari
  README.md
  LICENSE-MIT
  LICENSE-APACHE
  man/man1/tsunagari.1
  man/ja/man1/tsunagari.1
  completions/tsunagari.bash
  completions/_tsunagari
  completions/tsunagari.fish
)

if [ "$dry_run" -eq 1 ]; then
  echo "$archive"
  for m in "${members[@]}"; do echo "$name/$m"; done
  exit 0
fi

if [ -n "$binary" ]; then
  bin=$binary
  docs_bin=$binary
else
  cargo build --release --locked --target "$target"
  bin="target/$target/release/tsunagari"
  # The binary that writes the docs must run here.
  docs_bin=$bin
  if [ "$target" != "$host" ]; then
    cargo build --release --locked
    docs_bin=target/release/tsunagari
  fi
fi

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
dir="$stage/$name"
mkdir -p "$dir/man/man1" "$dir/man/ja/man1" "$dir/completions"
cp "$bin" "$dir/tsunagari"
cp README.md LICENSE-MIT LICENSE-APACHE "$dir/"
# A fixed config and no workbook: what the docs say must not depend on who builds them.
export TSUNAGARI_CONFIG=/dev/null
"$docs_bin" man --lang en > "$dir/man/man1/tsunagari.1"
"$docs_bin" man --lang ja > "$dir/man/ja/man1/tsunagari.1"
"$docs_bin" completions bash --lang en > "$dir/completions/tsunagari.bash"
"$docs_bin" completions zsh --lang en > "$dir/completions/_tsunagari"
"$docs_bin" completions fish --lang en > "$dir/completions/tsunagari.fish"

for m in "${members[@]}"; do
  [ -s "$dir/$m" ] || { echo "release.sh: $m is missing or empty" >&2; exit 1; }
done
mkdir -p "$out"
tar -C "$stage" -czf "$archive" "${members[@]/#/$name/}"
echo "$archive"
