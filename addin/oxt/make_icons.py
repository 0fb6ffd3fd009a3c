#!/usr/bin/env python3
"""Draw the extension's icon: a green rounded square with a white "đ" (the đồng of every amount
the functions return). Writes icon_42.png (description.xml's <icon>: the size the Extension
Manager shows, which scales a larger icon down into that box) and icon_84.png (the same artwork
at twice the size, for web pages and HiDPI screenshots) beside this script; both are packed.

Standard library only (zlib + struct), antialiased by 8 × 8 supersampling, and deterministic: a
rerun writes the same bytes, so the committed PNGs show in a diff only when the artwork changes.

    python3 addin/oxt/make_icons.py
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
SUB = 8  # subsamples per pixel and axis

# Colours (sRGB): a calm, deep green with a slight top-to-bottom gradient; white letter.
GREEN_TOP = (46, 139, 87)
GREEN_BOTTOM = (22, 100, 62)
WHITE = (255, 255, 255)

# The artwork in unit coordinates (0..1, y downwards).
CORNER = 0.2          # radius of the square's corners
BOWL_CX, BOWL_CY = 0.47, 0.615
BOWL_RX, BOWL_RY = 0.205, 0.215
STROKE = 0.088        # thickness of the bowl, the stem and the bar
STEM_X1 = BOWL_CX + BOWL_RX   # the stem's right edge meets the bowl's right edge
STEM_X0 = STEM_X1 - STROKE
STEM_TOP = 0.16
STEM_BOTTOM = BOWL_CY + BOWL_RY
BAR_X0, BAR_X1 = STEM_X0 - 0.13, STEM_X1 + 0.05
BAR_Y0 = 0.285
BAR_Y1 = BAR_Y0 + 0.062


def in_rounded_square(x: float, y: float) -> bool:
    if not (0.0 <= x <= 1.0 and 0.0 <= y <= 1.0):
        return False
    cx = min(max(x, CORNER), 1.0 - CORNER)
    cy = min(max(y, CORNER), 1.0 - CORNER)
    return (x - cx) ** 2 + (y - cy) ** 2 <= CORNER ** 2


def in_letter(x: float, y: float) -> bool:
    # bowl: an elliptic ring
    dx, dy = (x - BOWL_CX) / BOWL_RX, (y - BOWL_CY) / BOWL_RY
    outer = dx * dx + dy * dy <= 1.0
    ix, iy = (x - BOWL_CX) / (BOWL_RX - STROKE), (y - BOWL_CY) / (BOWL_RY - STROKE)
    inner = ix * ix + iy * iy < 1.0
    if outer and not inner:
        return True
    # stem, with its top end cut at a slant (as a pen would)
    if STEM_X0 <= x <= STEM_X1 and STEM_BOTTOM >= y >= STEM_TOP + (STEM_X1 - x) * 0.35:
        return True
    # the bar that makes d into đ
    return BAR_X0 <= x <= BAR_X1 and BAR_Y0 <= y <= BAR_Y1


def render(size: int) -> bytes:
    rows = []
    n = SUB * SUB
    for py in range(size):
        row = bytearray([0])  # PNG filter type 0 for this row
        t = (py + 0.5) / size
        bg = [round(a + (b - a) * t) for a, b in zip(GREEN_TOP, GREEN_BOTTOM)]
        for px in range(size):
            square = letter = 0
            for sy in range(SUB):
                y = (py + (sy + 0.5) / SUB) / size
                for sx in range(SUB):
                    x = (px + (sx + 0.5) / SUB) / size
                    if in_rounded_square(x, y):
                        square += 1
                        if in_letter(x, y):
                            letter += 1
            if square == 0:
                row += bytes(4)
                continue
            w = letter / square  # share of the covered area that is letter
            rgb = [round(c * (1 - w) + wc * w) for c, wc in zip(bg, WHITE)]
            row += bytes(rgb + [round(255 * square / n)])
        rows.append(bytes(row))
    return b"".join(rows)


def png(size: int, raw: bytes) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def main() -> None:
    for size in (42, 84):
        out = HERE / ("icon_%d.png" % size)
        out.write_bytes(png(size, render(size)))
        print("wrote %s" % out)


if __name__ == "__main__":
    main()
