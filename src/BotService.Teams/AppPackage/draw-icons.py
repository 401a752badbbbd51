#!/usr/bin/env python3
"""Draws the two Teams app icons (color.png 192x192, outline.png 32x32) with no image library.

Run once from this folder when the mark changes; the PNGs are committed. Shapes are tested with 4x4
supersampling so edges are smooth; the outline icon is pure white with coverage in the alpha channel,
as Teams requires (white on transparent, no other colours).
"""
import math
import struct
import zlib

SAMPLES = 4


def png(path, width, height, pixel):
    rows = bytearray()
    for y in range(height):
        rows.append(0)  # filter type None
        for x in range(width):
            rows.extend(pixel(x, y))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(bytes(rows), 9)) + chunk(b"IEND", b""))


def rounded_rect_distance(px, py, x0, y0, x1, y1, r):
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    hx, hy = (x1 - x0) / 2 - r, (y1 - y0) / 2 - r
    qx, qy = abs(px - cx) - hx, abs(py - cy) - hy
    outside = math.hypot(max(qx, 0), max(qy, 0))
    return outside + min(max(qx, qy), 0) - r


def in_triangle(px, py, a, b, c):
    def side(p, q):
        return (px - q[0]) * (p[1] - q[1]) - (p[0] - q[0]) * (py - q[1])
    d1, d2, d3 = side(a, b), side(b, c), side(c, a)
    return not ((d1 < 0 or d2 < 0 or d3 < 0) and (d1 > 0 or d2 > 0 or d3 > 0))


def segment_distance(px, py, a, b):
    ax, ay = a
    bx, by = b
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - ax - t * dx, py - ay - t * dy)


def near_polyline(px, py, points, half_width):
    return any(segment_distance(px, py, points[i], points[i + 1]) <= half_width for i in range(len(points) - 1))


def coverage(x, y, inside):
    hits = 0
    for i in range(SAMPLES):
        for j in range(SAMPLES):
            if inside(x + (i + 0.5) / SAMPLES, y + (j + 0.5) / SAMPLES):
                hits += 1
    return hits / (SAMPLES * SAMPLES)


def blend(under, over, amount):
    return tuple(round(u + (o - u) * amount) for u, o in zip(under, over))


TEAL = (15, 123, 138)
WHITE = (255, 255, 255)

# Colour icon: a 96x96 mark (speech bubble carrying a pulse line) centred with 48 px padding on teal.
BUBBLE = (48, 50, 144, 124, 18)
TAIL = ((64, 116), (60, 146), (92, 120))
PULSE = [(58, 88), (78, 88), (88, 68), (100, 108), (110, 80), (117, 88), (134, 88)]


def color_pixel(x, y):
    bubble = coverage(x, y, lambda px, py: rounded_rect_distance(px, py, *BUBBLE) <= 0 or in_triangle(px, py, *TAIL))
    pulse = coverage(x, y, lambda px, py: near_polyline(px, py, PULSE, 3.5))
    rgb = blend(blend(TEAL, WHITE, bubble), TEAL, pulse)
    return bytes(rgb + (255,))


# Outline icon: the same mark as a 2 px white outline on transparent, using the whole 32x32 square.
O_BUBBLE = (2, 3, 30, 23, 5)
O_TAIL = ((7, 21), (6, 30), (14, 22))
O_PULSE = [(6, 13), (10, 13), (12.5, 8.5), (16.5, 18), (19.5, 11), (21.5, 13), (26, 13)]


def outline_pixel(x, y):
    def inside(px, py):
        return (abs(rounded_rect_distance(px, py, *O_BUBBLE) + 1) <= 1
                or in_triangle(px, py, *O_TAIL)
                or near_polyline(px, py, O_PULSE, 1.1))
    alpha = round(255 * coverage(x, y, inside))
    return bytes(WHITE + (alpha,))


if __name__ == "__main__":
    png("color.png", 192, 192, color_pixel)
    png("outline.png", 32, 32, outline_pixel)
