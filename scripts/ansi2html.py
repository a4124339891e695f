#!/usr/bin/env python3
"""Turns a `tmux capture-pane -e` capture (ANSI colours) into an HTML page that draws the
terminal cell for cell, so headless Chromium can take a PNG of it. Reads stdin, writes stdout."""
import html
import re
import sys
import unicodedata

CELL = 9  # px per terminal cell; a wide character takes two

PALETTE = ["#1d1f21", "#cc342b", "#198844", "#c4a000", "#3971ed", "#a36ac7", "#3971ed", "#c5c8c6",
           "#969896", "#cc342b", "#198844", "#fba922", "#3971ed", "#a36ac7", "#3971ed", "#ffffff"]
# tmux reports cyan as 6; the app's accent.
PALETTE[6] = "#2aa1b3"
PALETTE[14] = "#2aa1b3"


def colour(n):
    if n < 16:
        return PALETTE[n]
    if n < 232:
        n -= 16
        steps = [0, 95, 135, 175, 215, 255]
        return "#%02x%02x%02x" % (steps[n // 36], steps[(n // 6) % 6], steps[n % 6])
    g = 8 + (n - 232) * 10
    return "#%02x%02x%02x" % (g, g, g)


def main():
    fg, bg, bold, rev, dim, under = None, None, False, False, False, False
    out = []
    for line in sys.stdin.read().rstrip("\n").split("\n"):
        row = []
        for part in re.split(r"(\x1b\[[0-9;]*m)", line):
            m = re.fullmatch(r"\x1b\[([0-9;]*)m", part)
            if m:
                codes = [int(c) if c else 0 for c in m.group(1).split(";")] or [0]
                i = 0
                while i < len(codes):
                    c = codes[i]
                    if c == 0:
                        fg, bg, bold, rev, dim, under = None, None, False, False, False, False
                    elif c == 1:
                        bold = True
                    elif c == 2:
                        dim = True
                    elif c == 4:
                        under = True
                    elif c == 7:
                        rev = True
                    elif c in (22,):
                        bold = dim = False
                    elif c == 24:
                        under = False
                    elif c == 27:
                        rev = False
                    elif 30 <= c <= 37:
                        fg = PALETTE[c - 30]
                    elif 90 <= c <= 97:
                        fg = PALETTE[c - 90 + 8]
                    elif c == 39:
                        fg = None
                    elif 40 <= c <= 47:
                        bg = PALETTE[c - 40]
                    elif c == 49:
                        bg = None
                    elif c in (38, 48) and i + 2 < len(codes) and codes[i + 1] == 5:
                        if c == 38:
                            fg = colour(codes[i + 2])
                        else:
                            bg = colour(codes[i + 2])
                        i += 2
                    i += 1
                continue
            if not part:
                continue
            f, b = fg or "#e8e8e8", bg or "#16181d"
            if rev:
                f, b = b, f
            style = f"color:{f};background:{b};"
            if bold:
                style += "font-weight:bold;"
            if dim:
                style += "opacity:.6;"
            if under:
                style += "text-decoration:underline;"
            # Every character in a box of its own cell width, so the grid holds whatever the
            # font's widths are (CJK two cells, box lines and braille one).
            cells = []
            for ch in part:
                wide = unicodedata.east_asian_width(ch) in ("W", "F")
                cells.append(f'<i style="width:{CELL * (2 if wide else 1)}px">{html.escape(ch)}</i>')
            row.append(f'<span style="{style}">{"".join(cells)}</span>')
        out.append("".join(row))
    body = "\n".join(out)
    print(f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body {{ margin: 0; background: #16181d; }}
pre {{ margin: 12px; font-family: "DejaVu Sans Mono", "Noto Sans Mono CJK JP", monospace; font-size: 15px;
  line-height: 19px; color: #e8e8e8; }}
i {{ display: inline-block; font-style: normal; text-align: center; overflow: visible; height: 19px;
  vertical-align: top; }}
</style></head><body><pre>{body}</pre></body></html>""")


main()
