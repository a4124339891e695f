#!/usr/bin/env bash
# Regenerates screenshots/: real captures of the app's main screens, taken from a tmux pane
# running the release binary on the demo workbook, in Japanese and English, as text and as PNG
# (the pane's colours drawn by scripts/ansi2html.py and photographed by headless Chromium); and
# the printed summary's first page (the HTML export printed to PDF by Chromium, then pdftoppm).
# Usage: scripts/screenshots.sh   (needs tmux, python3, chromium, poppler-utils, fonts-noto-cjk)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
out=screenshots
mkdir -p "$out"
sock="tsunagari-shots-$$"
tabs=(overview communities outputs invitations values assets people)
chrome_flags=(--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking
  --disable-component-update --disable-sync --hide-scrollbars)
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

# capture NAME COLS ROWS: the pane as text, and as a PNG the size of the terminal.
capture() {
  local name=$1 cols=$2 rows=$3
  tmux -L "$sock" capture-pane -p > "$out/$name.txt"
  tmux -L "$sock" capture-pane -p -e | python3 scripts/ansi2html.py > "$profile/$name.html"
  chromium "${chrome_flags[@]}" --user-data-dir="$profile/ud" --window-size="$((cols * 9 + 24)),$((rows * 19 + 24))" \
    --screenshot="$out/$name.png" "file://$profile/$name.html" >/dev/null 2>&1
}

shoot() { # lang cols rows
  local lang=$1 cols=$2 rows=$3
  tmux -L "$sock" new-session -d -x "$cols" -y "$rows" \
    "TSUNAGARI_TODAY=2026-11-24 TSUNAGARI_CONFIG=/dev/null TERM=xterm-256color target/release/tsunagari demo --lang $lang"
  sleep 0.5
  for i in "${!tabs[@]}"; do
    tmux -L "$sock" send-keys "$((i + 1))"
    sleep 0.2
    capture "${lang}-${cols}x${rows}-$((i + 1))-${tabs[$i]}" "$cols" "$rows"
  done
  tmux -L "$sock" send-keys 5 "]"
  sleep 0.2
  capture "${lang}-${cols}x${rows}-5b-value-filter" "$cols" "$rows"
  tmux -L "$sock" send-keys 7 "]"
  sleep 0.2
  capture "${lang}-${cols}x${rows}-7b-network-map" "$cols" "$rows"
  tmux -L "$sock" send-keys "?"
  sleep 0.2
  capture "${lang}-${cols}x${rows}-help" "$cols" "$rows"
  tmux -L "$sock" send-keys Escape
  sleep 0.2
  tmux -L "$sock" send-keys q
  sleep 0.3
  tmux -L "$sock" kill-server 2>/dev/null || true
}

shoot ja 100 30
shoot en 100 30
shoot ja 40 12

# The walkthrough's first question, on a new workbook.
new=$(mktemp -d)
tmux -L "$sock" new-session -d -x 100 -y 30 \
  "TSUNAGARI_TODAY=2026-11-24 TSUNAGARI_CONFIG=/dev/null TERM=xterm-256color target/release/tsunagari --file $new/w.ron --lang ja"
sleep 0.5
capture "ja-100x30-walkthrough-1" 100 30
tmux -L "$sock" send-keys Enter Enter Enter
sleep 0.3
capture "ja-100x30-walkthrough-card-sort" 100 30
tmux -L "$sock" kill-server 2>/dev/null || true
rm -rf "$new"

# The printed summary of the demo workbook: its first page as a PNG.
demo=$(mktemp -d)
TSUNAGARI_TODAY=2026-11-24 TSUNAGARI_CONFIG=/dev/null cargo run --release --quiet --example generate -- \
  --records 120 --out "$demo/w.ron" >/dev/null
for lang in ja en; do
  TSUNAGARI_TODAY=2026-11-24 TSUNAGARI_CONFIG=/dev/null target/release/tsunagari --file "$demo/w.ron" \
    export --format html --lang "$lang" -o "$demo/summary-$lang.html" >/dev/null
  chromium "${chrome_flags[@]}" --user-data-dir="$profile/ud" --no-pdf-header-footer \
    --print-to-pdf="$demo/summary-$lang.pdf" "file://$demo/summary-$lang.html" >/dev/null 2>&1
  pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$demo/summary-$lang.pdf" "$out/summary-$lang-page-1"
done
rm -rf "$demo"
echo "wrote $(ls "$out" | wc -l) files to $out/"
