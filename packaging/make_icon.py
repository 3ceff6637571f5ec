"""Draw the application icon: 考 in white on a blue rounded square (Pillow, bundled CJK font).

Writes ``resources/icons/examsite.png`` (256 px, the window icon) and ``examsite.ico`` (16-256
px, the Windows executable and installer). Run again only to change the design:
``python packaging/make_icon.py``.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
FONT = ROOT / "resources" / "fonts" / "wqy-microhei.ttc"
BLUE = (31, 78, 121, 255)  # the header colour of the main window (#1f4e79)
SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(size: int = 1024) -> Image.Image:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    margin = size // 32
    pen.rounded_rectangle((margin, margin, size - margin, size - margin),
                          radius=size // 5, fill=BLUE)
    font = ImageFont.truetype(str(FONT), int(size * 0.68), index=0)
    pen.text((size / 2, size / 2), "考", font=font, fill="white", anchor="mm")
    return image


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    big = draw()
    big.resize((256, 256), Image.Resampling.LANCZOS).save(ICONS / "examsite.png")
    big.resize((256, 256), Image.Resampling.LANCZOS).save(
        ICONS / "examsite.ico", sizes=[(s, s) for s in SIZES])
    print(f"wrote {ICONS / 'examsite.png'} and {ICONS / 'examsite.ico'}")


if __name__ == "__main__":
    main()
