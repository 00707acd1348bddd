"""Draw reports/assets/garuda.png: a simple, stylised ครุฑ (Garuda) for the head of the monthly memo.

Drawn here from circles and polygons (no source image, no trace of one), so the file is our own work,
dedicated to the public domain (CC0 1.0). It is a placeholder in the spirit of the emblem, not the
official ตราครุฑ: an office that holds the official artwork may replace garuda.png with it (same name,
a PNG about 1.5 cm tall as printed). Rebuild: .venv/bin/python reports/assets/draw_garuda.py
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

SIZE = 600  # px; printed 1.5 cm tall: about 1000 dpi, sharp on any printer
INK = (0, 0, 0, 255)


def draw() -> Image.Image:
    img = Image.new("RGBA", (SIZE, SIZE), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    cx = SIZE // 2
    # crown (ชฎา): a stacked spire
    d.polygon([(cx, 10), (cx - 38, 120), (cx + 38, 120)], fill=INK)
    for i, w in enumerate((60, 50, 40)):
        y = 105 + i * 22
        d.rectangle([cx - w, y, cx + w, y + 12], fill=INK)
    # head and beak
    d.ellipse([cx - 55, 160, cx + 55, 265], fill=INK)
    d.polygon([(cx - 14, 245), (cx + 14, 245), (cx, 295)], fill=INK)
    # wings: layered feathers raised on each side
    for side in (-1, 1):
        for k in range(5):
            x0 = cx + side * (70 + k * 42)
            tip = (cx + side * (120 + k * 46), 70 + k * 38)
            d.polygon([(x0, 300 + k * 10), tip, (x0 + side * 60, 330 + k * 12)], fill=INK)
        d.polygon(
            [(cx + side * 60, 270), (cx + side * 285, 230), (cx + side * 250, 360), (cx + side * 60, 380)],
            fill=INK,
        )
    # body and arms raised (the Garuda holds its arms up)
    d.ellipse([cx - 75, 270, cx + 75, 470], fill=INK)
    for side in (-1, 1):
        d.line([(cx + side * 60, 330), (cx + side * 130, 250), (cx + side * 150, 190)], fill=INK, width=26)
    # tail and legs
    d.polygon([(cx - 90, 560), (cx, 450), (cx + 90, 560), (cx, 520)], fill=INK)
    for side in (-1, 1):
        d.line([(cx + side * 30, 450), (cx + side * 80, 520), (cx + side * 120, 540)], fill=INK, width=24)
    # the eyes: white details that make the head read at 1.5 cm
    d.ellipse([cx - 22, 195, cx - 4, 213], fill=(255, 255, 255, 255))
    d.ellipse([cx + 4, 195, cx + 22, 213], fill=(255, 255, 255, 255))
    return img


if __name__ == "__main__":
    out = Path(__file__).with_name("garuda.png")
    draw().save(out, optimize=True)
    print(out)
