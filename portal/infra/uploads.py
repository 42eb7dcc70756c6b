"""Bounded request bodies: a form refuses a body over a small limit, an upload form a file over
its documented limit, before the body is read (Content-Length) and while it streams (the upload
handler), so nobody can make a worker read or store gigabytes. Answer: the 413 page."""

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.core.files.uploadhandler import FileUploadHandler
from django.shortcuts import render
from django.template.defaultfilters import filesizeformat
from django.urls import Resolver404, resolve

BODY_METHODS = ("POST", "PUT", "PATCH", "DELETE")


def accepts_documents(view):
    """Mark a view whose form takes a document (workspace documents, questionnaire file answers):
    it accepts files up to `PORTAL["DOCUMENT_MAX_BYTES"]`. The mark travels through decorators
    written with functools.wraps, so the view's own app declares it (portal names no app's views)."""
    view.accepts_documents = True
    return view


def form_max_bytes() -> int:
    return settings.PORTAL["FORM_MAX_BYTES"]


def upload_max_bytes(request) -> int:
    """The largest file the view at this path accepts; 0 for a view without uploads."""
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return 0
    if getattr(match.func, "accepts_documents", False):
        return settings.PORTAL["DOCUMENT_MAX_BYTES"]
    if match.namespace == "admin":
        # Resources and events attach files.
        return max(settings.PORTAL["PUBLIC_FILE_MAX_BYTES"], settings.DATA_UPLOAD_MAX_MEMORY_SIZE)
    return 0


class FileTooLarge(RequestDataTooBig):
    """A file over the view's limit, noticed while it streams in."""


def request_too_large(request, limit: int):
    return render(request, "413.html", {"limit": filesizeformat(limit)}, status=413)


class RequestSizeLimitMiddleware:
    """Refuse an oversized body from its Content-Length, before anything reads it (413)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in BODY_METHODS:
            file_limit = upload_max_bytes(request) if request.content_type == "multipart/form-data" else 0
            request.upload_max_bytes = file_limit
            # The other fields of an upload form fit in the form limit, beside the file.
            body_limit = form_max_bytes() + file_limit
            try:
                length = int(request.META.get("CONTENT_LENGTH") or 0)
            except ValueError:
                length = 0
            if length > body_limit:
                return request_too_large(request, file_limit or form_max_bytes())
        return self.get_response(request)


class SizeLimitedUploadHandler(FileUploadHandler):
    """Stop an upload as soon as a file passes the view's limit (no file at all where the view
    takes none), instead of storing it whole and refusing it afterwards."""

    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        # Set by RequestSizeLimitMiddleware; a request built without it gets the document limit.
        self.limit = getattr(self.request, "upload_max_bytes", settings.PORTAL["DOCUMENT_MAX_BYTES"])

    def receive_data_chunk(self, raw_data, start):
        if start + len(raw_data) > self.limit:
            raise FileTooLarge(f"File over {self.limit} bytes")
        return raw_data

    def file_complete(self, file_size):
        return None
