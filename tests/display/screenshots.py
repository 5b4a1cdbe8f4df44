"""Screenshots of a real display as plain pixels: X11's XWD files and grim's PPM files.

Pixels are kept as one 32-bit 0xRRGGBB value each, so counting a colour over a whole 1920x1080
screen is one C-level ``array.count`` (a few milliseconds), with no image library needed.
"""

from __future__ import annotations

import struct
import sys
from array import array
from dataclasses import dataclass
from pathlib import Path

XWD_HEADER = struct.Struct(">25I")  # XWDFileHeader: 25 big-endian CARD32 fields
XWD_COLOUR_SIZE = 12  # one XWDColor entry: pixel, red, green, blue, flags, pad
Z_PIXMAP = 2
MSB_FIRST = 1


def hex_colour(rgb: int) -> str:
    return f"#{rgb:06X}"


def colour(hex_rgb: str) -> int:
    """'#FAF7F2' as 0xFAF7F2, the way the theme writes its colours."""
    return int(hex_rgb.lstrip("#"), 16)


@dataclass(frozen=True)
class Shot:
    width: int
    height: int
    pixels: array[int]
    """0xRRGGBB, row after row."""

    @property
    def size(self) -> tuple[int, int]:
        return self.width, self.height

    def at(self, x: int, y: int) -> int:
        return self.pixels[y * self.width + x]

    def count(self, rgb: int) -> int:
        return self.pixels.count(rgb)

    def share(self, rgb: int) -> float:
        """How much of the screen is exactly this colour, from 0 to 1."""
        return self.count(rgb) / len(self.pixels)

    def corners(self, inset: int = 2) -> dict[str, int]:
        right, bottom = self.width - 1 - inset, self.height - 1 - inset
        return {
            "top left": self.at(inset, inset),
            "top right": self.at(right, inset),
            "bottom left": self.at(inset, bottom),
            "bottom right": self.at(right, bottom),
        }

    def bounding_box(self, rgb: int) -> tuple[int, int, int, int] | None:
        """(left, top, right, bottom) around every pixel of this colour, or None if there is none:
        says *where* a screen is left uncovered, for the failure message."""
        rows = [y for y in range(self.height) if self._row(y).count(rgb)]
        if not rows:
            return None
        columns = [x for x in range(self.width) if self.pixels[x :: self.width].count(rgb)]
        return columns[0], rows[0], columns[-1], rows[-1]

    def save_png(self, path: Path) -> None:
        # Qt only here, to write the PNG; a QImage needs no QApplication.
        from PySide6.QtGui import QImage  # noqa: PLC0415

        data = self.pixels.tobytes() if sys.byteorder == "little" else _swapped(self.pixels)
        image = QImage(data, self.width, self.height, 4 * self.width, QImage.Format.Format_RGB32)
        if not image.copy().save(str(path)):  # PNG, from the name
            raise OSError(f"could not write {path}")

    def _row(self, y: int) -> array[int]:
        return self.pixels[y * self.width : (y + 1) * self.width]


def _swapped(pixels: array[int]) -> bytes:
    copy = array("I", pixels)
    copy.byteswap()
    return copy.tobytes()


def _from_channels(width: int, height: int, red: bytes, green: bytes, blue: bytes) -> Shot:
    """Packs three planes of bytes into 0x00RRGGBB values in the machine's byte order."""
    packed = bytearray(4 * width * height)
    if sys.byteorder == "little":  # in memory: blue, green, red, 0
        packed[0::4], packed[1::4], packed[2::4] = blue, green, red
    else:
        packed[1::4], packed[2::4], packed[3::4] = red, green, blue
    pixels = array("I")
    pixels.frombytes(bytes(packed))
    return Shot(width, height, pixels)


def parse_xwd(data: bytes) -> Shot:
    """An XWD file as ``xwd -root -silent`` writes it: a ZPixmap of 24 or 32 bits per pixel
    in a TrueColor visual (8 bits each of red, green and blue), as Xvfb's 24-bit screens are."""
    (
        header_size,
        _version,
        pixmap_format,
        _depth,
        width,
        height,
        _xoffset,
        byte_order,
        _bitmap_unit,
        _bit_order,
        _bitmap_pad,
        bits_per_pixel,
        bytes_per_line,
        _visual_class,
        red_mask,
        green_mask,
        blue_mask,
        _bits_per_rgb,
        _colormap_entries,
        ncolours,
        *_window,
    ) = XWD_HEADER.unpack_from(data)
    if pixmap_format != Z_PIXMAP or bits_per_pixel not in (24, 32):
        raise ValueError(f"XWD format {pixmap_format} at {bits_per_pixel} bits is not handled")
    if (red_mask, green_mask, blue_mask) != (0xFF0000, 0x00FF00, 0x0000FF):
        raise ValueError(f"XWD colour masks {red_mask:#x} {green_mask:#x} {blue_mask:#x}")
    start = header_size + ncolours * XWD_COLOUR_SIZE
    step = bits_per_pixel // 8
    used = width * step  # each line may be padded beyond its pixels
    image = b"".join(
        data[start + y * bytes_per_line : start + y * bytes_per_line + used] for y in range(height)
    )
    if len(image) != used * height:
        raise ValueError(f"XWD data is short: {len(image)} of {used * height} bytes")
    # A pixel value is 0x(00)RRGGBB; LSBFirst stores its lowest byte (blue) first.
    if byte_order == MSB_FIRST:
        red, green, blue = (image[step - 3 + i :: step] for i in range(3))
    else:
        blue, green, red = (image[i::step] for i in range(3))
    return _from_channels(width, height, red, green, blue)


def parse_ppm(data: bytes) -> Shot:
    """A binary PPM (P6, 8 bits per channel) as ``grim -t ppm -`` writes it."""
    fields: list[bytes] = []
    position = 0
    while len(fields) < 4:  # magic, width, height, maximum value, each after whitespace
        while data[position : position + 1].isspace():
            position += 1
        if data[position : position + 1] == b"#":  # a comment runs to the end of its line
            position = data.index(b"\n", position)
            continue
        end = position
        while not data[end : end + 1].isspace():
            end += 1
        fields.append(data[position:end])
        position = end
    magic, width_text, height_text, maximum = fields
    if magic != b"P6" or maximum != b"255":
        raise ValueError(f"not an 8-bit binary PPM: {magic!r}, maximum {maximum!r}")
    width, height = int(width_text), int(height_text)
    rgb = data[position + 1 : position + 1 + 3 * width * height]  # one whitespace byte, then data
    if len(rgb) != 3 * width * height:
        raise ValueError(f"PPM data is short: {len(rgb)} of {3 * width * height} bytes")
    return _from_channels(width, height, rgb[0::3], rgb[1::3], rgb[2::3])
