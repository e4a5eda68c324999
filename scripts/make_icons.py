"""Write Overlap's app icons (static/img/icon-*.png) without an imaging library: a blue
square with two overlapping rings, the maskable one with the rings inside the safe zone.

    python scripts/make_icons.py
"""

import struct
import zlib
from pathlib import Path

BLUE = (47, 95, 147)
WHITE = (255, 255, 255)
OUT = Path(__file__).resolve().parent.parent / "static" / "img"


def png(width: int, rows: list[bytes]) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, len(rows), 8, 2, 0, 0, 0)
    raw = b"".join(b"\x00" + row for row in rows)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def icon(size: int, scale: float) -> bytes:
    """Two rings side by side; `scale` is the share of the square the drawing spans."""
    radius = size * scale / 3.2
    thickness = radius * 0.28
    centres = [(size / 2 - radius * 0.55, size / 2), (size / 2 + radius * 0.55, size / 2)]
    rows = []
    for y in range(size):
        row = bytearray()
        for x in range(size):
            on_ring = any(
                abs(((x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2) ** 0.5 - radius) < thickness / 2
                for cx, cy in centres
            )
            row += bytes(WHITE if on_ring else BLUE)
        rows.append(bytes(row))
    return png(size, rows)


if __name__ == "__main__":
    (OUT / "icon-192.png").write_bytes(icon(192, 0.9))
    (OUT / "icon-512.png").write_bytes(icon(512, 0.9))
    # Maskable: launchers may crop to a circle of 80 % of the width; keep the rings inside.
    (OUT / "icon-maskable-512.png").write_bytes(icon(512, 0.6))
    print("Wrote 3 icons to static/img/")
