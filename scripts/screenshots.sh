#!/usr/bin/env bash
# Regenerates screenshots/: real captures of the app's main screens, taken from a tmux pane
# running the release binary on the demo workbook, in Japanese and English.
# Usage: scripts/screenshots.sh   (needs tmux)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
out=screenshots
mkdir -p "$out"
sock="tsunagari-shots-$$"
tabs=(overview communities outputs invitations values assets people)

shoot() { # lang cols rows
  local lang=$1 cols=$2 rows=$3
  tmux -L "$sock" new-session -d -x "$cols" -y "$rows" \
    "TSUNAGARI_TODAY=2026-11-24 TSUNAGARI_CONFIG=/dev/null NO_COLOR=1 target/release/tsunagari demo --lang $lang"
  sleep 0.5
  for i in "${!tabs[@]}"; do
    tmux -L "$sock" send-keys "$((i + 1))"
    sleep 0.2
    tmux -L "$sock" capture-pane -p > "$out/${lang}-${cols}x${rows}-$((i + 1))-${tabs[$i]}.txt"
  done
  tmux -L "$sock" send-keys 5 "]"
  sleep 0.2
  tmux -L "$sock" capture-pane -p > "$out/${lang}-${cols}x${rows}-5b-value-filter.txt"
  tmux -L "$sock" send-keys "?"
  sleep 0.2
  tmux -L "$sock" capture-pane -p > "$out/${lang}-${cols}x${rows}-help.txt"
  tmux -L "$sock" send-keys Escape
  sleep 0.2
  tmux -L "$sock" send-keys q
  sleep 0.3
  tmux -L "$sock" kill-server 2>/dev/null || true
}

shoot ja 100 30
shoot en 100 30
shoot ja 40 12
echo "wrote $(ls "$out" | wc -l) captures to $out/"
