"""Checking the public web addresses of national units (`manage.py check_links`).

Standard library only: a HEAD request (GET when the server refuses HEAD), redirects followed
to http(s) targets only, a timeout on every connection. Results are stored on the unit without
touching its history (a link check is not an edit).
"""

import http.client
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import F
from django.db.models.functions import Coalesce
from django.utils import timezone

from contacts.models import NationalUnit

ALLOWED_SCHEMES = ("http", "https")
# Servers that answer HEAD with one of these usually serve GET fine.
RETRY_WITH_GET = {403, 405, 501}


@dataclass(frozen=True)
class LinkResult:
    url: str
    ok: bool
    status: int | None = None
    final_url: str = ""
    problem: str = ""


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects, but never to a scheme other than http(s) (no file://, no ftp://)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urlsplit(newurl).scheme.lower() not in ALLOWED_SCHEMES:
            raise urllib.error.URLError("redirect not followed: not a web address")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _opener():
    return urllib.request.build_opener(_HttpOnlyRedirects())


def _user_agent() -> str:
    return f"OAS-Cybercrime-Portal-LinkChecker/1.0 (+{settings.SITE_URL})"


def _fetch(url: str, method: str, timeout: float) -> tuple[int, str]:
    request = urllib.request.Request(url, method=method, headers={"User-Agent": _user_agent()})  # noqa: S310
    # The scheme was checked to be http(s) by check_url; redirects are limited the same way.
    with _opener().open(request, timeout=timeout) as response:  # nosec B310
        return response.status, response.geturl()


def check_url(url: str, *, timeout: float = 10.0) -> LinkResult:
    """Whether `url` answers with a success status (after redirects) within `timeout` seconds."""
    if urlsplit(url).scheme.lower() not in ALLOWED_SCHEMES:
        return LinkResult(url, False, problem="not a web address (http or https)")
    method = "HEAD"
    while True:
        try:
            status, final_url = _fetch(url, method, timeout)
            return LinkResult(url, 200 <= status < 400, status, final_url, "" if status < 400 else f"HTTP {status}")
        except urllib.error.HTTPError as error:
            if method == "HEAD" and error.code in RETRY_WITH_GET:
                method = "GET"
                continue
            if 300 <= error.code < 400:
                # A redirect loop, or one to a scheme other than http(s), which is never followed.
                return LinkResult(url, False, error.code, problem=f"redirect not followed (HTTP {error.code})")
            return LinkResult(url, False, error.code, problem=f"HTTP {error.code}")
        except TimeoutError:
            return LinkResult(url, False, problem=f"no answer within {timeout:g} s")
        except urllib.error.URLError as error:
            reason = error.reason
            if isinstance(reason, TimeoutError):
                return LinkResult(url, False, problem=f"no answer within {timeout:g} s")
            return LinkResult(url, False, problem=str(reason)[:200])
        except (http.client.HTTPException, OSError, ValueError) as error:
            return LinkResult(url, False, problem=(str(error) or error.__class__.__name__)[:200])


def unit_urls(unit: NationalUnit) -> list[tuple[str, str]]:
    """(label, url) of the unit's public addresses."""
    return [(label, url) for label, url in (("website", unit.website), ("reporting page", unit.reporting_url)) if url]


@dataclass(frozen=True)
class UnitLinkReport:
    unit: NationalUnit
    results: list[tuple[str, LinkResult]]

    @property
    def ok(self) -> bool:
        return all(result.ok for _label, result in self.results)

    @property
    def problem(self) -> str:
        return "; ".join(f"{label}: {result.problem}" for label, result in self.results if not result.ok)


def units_links_check(
    *, units, timeout: float = 10.0, workers: int = 8, now: datetime | None = None
) -> list[UnitLinkReport]:
    """Check every public address of `units` (in parallel) and record the result and date on each unit."""
    now = now or timezone.now()
    units = list(units)
    # A unit without addresses has nothing to check (and nothing broken).
    NationalUnit.objects.filter(pk__in=[unit.pk for unit in units if not unit_urls(unit)]).update(
        link_checked_at=now, link_ok=None, link_problem="", link_failing_since=None
    )
    units = [unit for unit in units if unit_urls(unit)]
    jobs = [(unit, label, url) for unit in units for label, url in unit_urls(unit)]
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        results = list(pool.map(lambda job: check_url(job[2], timeout=timeout), jobs))
    by_unit: dict[int, list[tuple[str, LinkResult]]] = {}
    for (unit, label, _url), result in zip(jobs, results, strict=True):
        by_unit.setdefault(unit.pk, []).append((label, result))
    reports = []
    for unit in units:
        report = UnitLinkReport(unit, by_unit.get(unit.pk, []))
        # update(), not save(): a link check is not an edit of the unit and leaves no history.
        # "Failing since" keeps the first failed check's date until a check succeeds again.
        failing_since = None if report.ok else Coalesce(F("link_failing_since"), now)
        NationalUnit.objects.filter(pk=unit.pk).update(
            link_checked_at=now, link_ok=report.ok, link_problem=report.problem[:500], link_failing_since=failing_since
        )
        unit.link_checked_at, unit.link_ok, unit.link_problem = now, report.ok, report.problem[:500]
        unit.link_failing_since = None if report.ok else (unit.link_failing_since or now)
        reports.append(report)
    return reports
