"""Checking an uploaded file from its own bytes before anything is stored.

The extension says what the file claims to be; the bytes must agree. Nothing here writes to
disk or to the database.
"""

import codecs
import hashlib
import os
import zipfile
from dataclasses import dataclass

import filetype
from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation, ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.text import get_valid_filename
from django.utils.translation import gettext as _

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# ZIP archives (and ZIP-based office files) may not inflate beyond this in total, nor by a
# larger ratio than this: a few KB must not become gigabytes for whoever opens them.
ZIP_MAX_INFLATED_BYTES = 512 * 1024 * 1024
ZIP_MAX_RATIO = 100
ZIP_MAX_MEMBERS = 10_000

# extension -> (kind of check, content type sent on download)
ACCEPTED = {
    "pdf": ("pdf", "application/pdf"),
    "png": ("image", "image/png"),
    "jpg": ("image", "image/jpeg"),
    "jpeg": ("image", "image/jpeg"),
    "gif": ("image", "image/gif"),
    "webp": ("image", "image/webp"),
    "txt": ("text", "text/plain; charset=utf-8"),
    "md": ("text", "text/plain; charset=utf-8"),
    "csv": ("text", "text/csv; charset=utf-8"),
    "zip": ("zip", "application/zip"),
    "docx": ("ooxml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "xlsx": ("ooxml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "pptx": ("ooxml", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
    "odt": ("odf", "application/vnd.oasis.opendocument.text"),
    "ods": ("odf", "application/vnd.oasis.opendocument.spreadsheet"),
    "odp": ("odf", "application/vnd.oasis.opendocument.presentation"),
    "doc": ("ole", "application/msword"),
    "xls": ("ole", "application/vnd.ms-excel"),
    "ppt": ("ole", "application/vnd.ms-powerpoint"),
}
IMAGE_EXTENSIONS = {"png": {"png"}, "jpg": {"jpg"}, "jpeg": {"jpg"}, "gif": {"gif"}, "webp": {"webp"}}


@dataclass(frozen=True)
class CheckedFile:
    name: str
    content_type: str
    size: int
    sha256: str


def max_bytes() -> int:
    return int(settings.PORTAL["DOCUMENT_MAX_BYTES"])


def clean_file_name(raw: str) -> str:
    """A safe base name, or ValidationError for names with paths or nothing left."""
    raw = raw or ""
    if "/" in raw or "\\" in raw or ".." in raw or "\x00" in raw:
        raise ValidationError(_("The file name may not contain a path (/, \\ or ..). Rename the file and try again."))
    try:
        name = get_valid_filename(os.path.basename(raw))
    except SuspiciousFileOperation:
        raise ValidationError(_("This file name cannot be used. Rename the file and try again.")) from None
    if len(name) > 200:
        stem, dot, ext = name.rpartition(".")
        name = f"{stem[: 190 - len(ext)]}{dot}{ext}"
    return name


def _read_all(file):
    file.seek(0)
    yield from iter(lambda: file.read(64 * 1024), b"")
    file.seek(0)


def _check_text(file) -> None:
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        for chunk in _read_all(file):
            if b"\x00" in chunk:
                raise ValueError
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except (UnicodeDecodeError, ValueError):
        raise ValidationError(
            _("This file is not plain text (UTF-8). Save it as UTF-8 text or CSV and try again.")
        ) from None


def _check_zip(file, *, require: str | None = None) -> None:
    file.seek(0)
    try:
        with zipfile.ZipFile(file) as archive:
            members = archive.infolist()
            names = {info.filename for info in members}
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise ValidationError(_("The file is damaged or not what its extension says.")) from None
    finally:
        file.seek(0)
    if require == "ooxml" and "[Content_Types].xml" not in names:
        raise ValidationError(_("The file's content does not match its extension."))
    if require == "odf" and "mimetype" not in names:
        raise ValidationError(_("The file's content does not match its extension."))
    inflated = sum(info.file_size for info in members)
    compressed = sum(info.compress_size for info in members) or 1
    if len(members) > ZIP_MAX_MEMBERS or inflated > ZIP_MAX_INFLATED_BYTES or inflated / compressed > ZIP_MAX_RATIO:
        raise ValidationError(
            _("This archive would expand to a much larger size than it has (a possible “zip bomb”) and is refused.")
        )


def check_upload(file, raw_name: str) -> CheckedFile:
    """Validate a file from its bytes; ValidationError with a message the uploader understands."""
    name = clean_file_name(raw_name)
    size = getattr(file, "size", None)
    if size is None:
        file.seek(0, os.SEEK_END)
        size = file.tell()
        file.seek(0)
    if size == 0:
        raise ValidationError(_("The file is empty."))
    if size > max_bytes():
        raise ValidationError(
            _("The file is too large (%(size)s); the limit is %(limit)s.")
            % {"size": filesizeformat(size), "limit": filesizeformat(max_bytes())}
        )
    extension = name.rpartition(".")[2].lower() if "." in name else ""
    if extension not in ACCEPTED:
        raise ValidationError(
            _("Files of this type are not accepted. Accepted: PDF, office documents, images, plain text, CSV and ZIP.")
        )
    check, content_type = ACCEPTED[extension]
    file.seek(0)
    head = file.read(8192)
    file.seek(0)
    guessed = filetype.guess(head)
    mismatch = ValidationError(_("The file's content does not match its extension “.%(ext)s”.") % {"ext": extension})
    if check == "pdf" and not head.startswith(b"%PDF-"):
        raise mismatch
    if check == "image" and (guessed is None or guessed.extension not in IMAGE_EXTENSIONS[extension]):
        raise mismatch
    if check == "ole" and not head.startswith(OLE_MAGIC):
        raise mismatch
    if check in ("zip", "ooxml", "odf"):
        if not head.startswith(b"PK\x03\x04"):
            raise mismatch
        _check_zip(file, require=None if check == "zip" else check)
    if check == "text":
        if guessed is not None:
            raise mismatch
        _check_text(file)
    digest = hashlib.sha256()
    for chunk in _read_all(file):
        digest.update(chunk)
    return CheckedFile(name=name, content_type=content_type, size=size, sha256=digest.hexdigest())
