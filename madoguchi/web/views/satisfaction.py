"""The customer's satisfaction page: no login, reached by the link in the survey mail.

Opening a link records nothing: mail scanners (Safe Links and the like) open every link of
a mail, so a rating on GET would be theirs. The page shows the three answers with the one
clicked already chosen and a comment box; one press of the button records it. The token is
the only key; the page shows the conversation's subject and nothing else of the customer's.

The form carries no CSRF check (see `satisfaction`). Anyone can reach it, so each client
address gets a limited number of requests, and fewer with a token that is not one of ours
(actions/throttle.py): past either, a 429 page.
"""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from madoguchi.actions.base import ActionError, NotAllowed
from madoguchi.actions.satisfaction import COMMENT_LIMIT, find_survey, rate
from madoguchi.actions.throttle import Limit, over_limit, record_hit, survey_limits
from madoguchi.middleware import client_address
from madoguchi.models import Rating


def _too_many(request: HttpRequest, limit: Limit) -> HttpResponse:
    response = render(request, "madoguchi/satisfaction_limited.html", status=429)
    response["Retry-After"] = str(limit.seconds)
    response["X-Robots-Tag"] = "noindex"
    return response


# No CSRF check: the page acts for no signed-in user (the token in the link is the only key,
# and the rate limits above guard it), and its own `Referrer-Policy: no-referrer` makes
# Chromium post with `Origin: null`, which the check refused with the staff's 403 page —
# no customer could ever answer (walk 12, F-16).
@csrf_exempt
@never_cache
def satisfaction(request: HttpRequest, token: str, rating: str = "") -> HttpResponse:
    address = client_address(request)
    limits = survey_limits()
    used_up = over_limit(address, limits)
    if used_up is not None:
        return _too_many(request, used_up)
    record_hit("survey", address)
    survey = find_survey(token)
    if survey is None:
        record_hit("survey_bad_token", address)
        raise Http404("no such survey")
    error = ""
    status = 200
    with translation.override(survey.language):
        if request.method == "POST":
            try:
                survey = rate(
                    token, request.POST.get("rating", ""), request.POST.get("comment", "")
                )
            except NotAllowed:
                raise Http404("no such survey") from None
            except ActionError as refused:
                error, status = str(refused), 400
            rating = request.POST.get("rating", "")
        chosen = rating if rating in Rating.values else survey.rating
        response = render(
            request,
            "madoguchi/satisfaction.html",
            {
                "survey": survey,
                "subject": survey.conversation.subject,
                "ratings": Rating.choices,
                "chosen": chosen,
                "error": error,
                "saved": request.method == "POST" and not error,
                "comment_limit": COMMENT_LIMIT,
            },
            status=status,
        )
    response["Referrer-Policy"] = "no-referrer"  # the token stays out of other sites' logs
    response["X-Robots-Tag"] = "noindex"
    return response
