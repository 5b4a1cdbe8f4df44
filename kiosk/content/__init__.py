"""Patient-education content: the page model and the validating loader (no Qt)."""

from kiosk.content.loader import ContentError, LoadResult, load_library, read_override_dir
from kiosk.content.model import Library, Page, Section

__all__ = [
    "ContentError",
    "Library",
    "LoadResult",
    "Page",
    "Section",
    "load_library",
    "read_override_dir",
]
