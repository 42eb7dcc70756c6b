"""Documents: upload, versions, downloads and withdrawal."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from portal.gate import restricted
from portal.infra.uploads import accepts_documents
from portal.pagination import page_of
from workspaces import services
from workspaces.access import get_workspace_for_user, may_withdraw_document, may_withdraw_version
from workspaces.forms import DocumentUploadForm, DocumentVersionForm
from workspaces.models import Document, DocumentVersion
from workspaces.views.common import ITEMS_PER_PAGE, _context, _refusal_as_message, _require


def _take_upload(request, access, form, store, done_message):
    """The POST of an upload form, the same for a new document and a new version: a reader gets a 403;
    a valid form's file goes to `store(upload)`, which returns the document, and the member is sent to
    it with `done_message`; a refused file or an invalid form stays on the page, with status 400.
    Returns (the redirect or None, the status of the page otherwise)."""
    if request.method != "POST":
        return None, 200
    _require(access.can_post)
    if form.is_valid():
        try:
            document = store(form.cleaned_data["file"])
        except ValidationError as error:
            form.add_error("file", error)
        else:
            messages.success(request, done_message)
            return redirect(document.get_absolute_url()), 302
    return None, 400


@restricted
@require_http_methods(["GET", "HEAD", "POST"])
@accepts_documents
def document_list(request, slug):
    """The workspace's documents and, for members, the upload form."""
    access = get_workspace_for_user(request.user, slug)
    form = DocumentUploadForm(request.POST or None, request.FILES or None)

    def store(upload):
        return services.document_upload(
            workspace=access.workspace,
            by=request.user,
            file=upload,
            file_name=upload.name,
            title=form.cleaned_data["title"],
            description=form.cleaned_data["description"],
        )

    stored, status = _take_upload(request, access, form, store, _("The document is uploaded."))
    if stored:
        return stored
    documents = page_of(
        request,
        Document.objects.filter(workspace=access.workspace).select_related("current_version", "created_by"),
        ITEMS_PER_PAGE,
    )
    return render(
        request,
        "workspaces/document_list.html",
        _context(access, tab="documents", documents=documents, form=form),
        status=status,
    )


@restricted
@require_http_methods(["GET", "HEAD", "POST"])
@accepts_documents
def document_detail(request, slug, pk):
    """A document's versions and, for members, the form for a new version."""
    access = get_workspace_for_user(request.user, slug)
    document = get_object_or_404(
        Document.objects.select_related("workspace", "current_version"), workspace=access.workspace, pk=pk
    )
    form = DocumentVersionForm(request.POST or None, request.FILES or None)

    def store(upload):
        services.document_add_version(
            document=document, by=request.user, file=upload, file_name=upload.name, note=form.cleaned_data["note"]
        )
        return document

    stored, status = _take_upload(request, access, form, store, _("The new version is uploaded."))
    if stored:
        return stored
    versions = list(document.versions.select_related("uploaded_by"))
    for version in versions:
        version.may_withdraw = len(versions) > 1 and may_withdraw_version(access, version, request.user)
    return render(
        request,
        "workspaces/document_detail.html",
        _context(
            access, tab="documents", document=document, versions=versions, form=form,
            may_withdraw=may_withdraw_document(access, document, request.user),
            retention_days=services.document_retention_days(),
        ),
        status=status,
    )


@restricted
@require_POST
def document_withdraw(request, slug, pk):
    """Its uploader or a moderator withdraws a document: hidden at once, purged after the retention period."""
    access = get_workspace_for_user(request.user, slug)
    document = get_object_or_404(Document.objects.select_related("workspace"), workspace=access.workspace, pk=pk)
    _require(may_withdraw_document(access, document, request.user))
    services.document_withdraw(document=document, by=request.user)
    messages.success(request, _("The document is withdrawn. Members no longer see it; it will be deleted for good "
                                "after %(days)s days.") % {"days": services.document_retention_days()})
    return redirect("workspaces:document_list", access.workspace.slug)


@restricted
@require_POST
def version_withdraw(request, slug, pk, number):
    """Its uploader or a moderator withdraws one version of a document."""
    access = get_workspace_for_user(request.user, slug)
    version = get_object_or_404(
        DocumentVersion.objects.select_related("document"), document__workspace=access.workspace,
        document__pk=pk, number=number,
    )
    _require(may_withdraw_version(access, version, request.user))
    with _refusal_as_message(request):
        services.document_version_withdraw(version=version, by=request.user)
        messages.success(request, _("Version %(number)s is withdrawn. Members no longer see it; it will be deleted "
                                    "for good after %(days)s days.") % {"number": version.number,
                                                                         "days": services.document_retention_days()})
    return redirect(version.document.get_absolute_url())


def _download(request, access, version: DocumentVersion):
    storage = services.private_storage()
    try:
        handle = storage.open(version.storage_name, "rb")
    except FileNotFoundError:
        raise Http404 from None
    services.document_record_download(version=version, user=request.user)
    # Streamed in blocks: memory stays flat whatever the file's size.
    response = FileResponse(
        handle, as_attachment=True, filename=version.original_name, content_type=version.content_type
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


@restricted
@require_GET
def document_download(request, slug, pk):
    """The current version of a document, as an attachment."""
    access = get_workspace_for_user(request.user, slug)
    document = get_object_or_404(
        Document.objects.select_related("current_version", "workspace"), workspace=access.workspace, pk=pk
    )
    if document.current_version is None:
        raise Http404
    version = document.current_version
    version.document = document
    return _download(request, access, version)


@restricted
@require_GET
def version_download(request, slug, pk, number):
    """One earlier (or the current) version of a document, as an attachment."""
    access = get_workspace_for_user(request.user, slug)
    version = get_object_or_404(
        DocumentVersion.objects.select_related("document", "document__workspace"),
        document__workspace=access.workspace,
        document__pk=pk,
        number=number,
    )
    return _download(request, access, version)


# Members, invitations, join requests ---------------------------------------------------------
