"""What the views share: permission look-ups that become 404s, and action error handling."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from madoguchi.actions.base import ActionError, NotAllowed, get_conversation_for
from madoguchi.models import Conversation

View = Callable[..., HttpResponse]


def conversation_or_404(request: HttpRequest, conversation_id: int) -> Conversation:
    try:
        return get_conversation_for(request.user, conversation_id)
    except NotAllowed:
        # The same answer for "does not exist" and "not yours": ids reveal nothing.
        raise Http404("no such conversation") from None


def back_to(request: HttpRequest, default: str) -> HttpResponse:
    target = request.POST.get("next") or ""
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = default
    return redirect_to(request, target or default)


def redirect_to(request: HttpRequest, url: str) -> HttpResponse:
    """303 for forms and boosted links; an htmx fragment request gets HX-Redirect instead,
    so a full page is not swapped into a fragment's place."""
    htmx = getattr(request, "htmx", None)
    if htmx and not htmx.boosted:
        response = HttpResponse(status=204)
        response.headers["HX-Redirect"] = url
        return response
    return HttpResponseRedirect(url, status=303)


def conversation_url(conversation_id: int) -> str:
    return reverse("conversation", args=[conversation_id])


def action_view(view: View) -> View:
    """A POST that calls one action: NotAllowed is a 404, an ActionError a message shown
    on the page the user comes back to."""

    @login_required
    @require_POST
    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            response = view(request, *args, **kwargs)
        except NotAllowed:
            raise Http404("no such conversation") from None
        except ActionError as error:
            messages.error(request, str(error))
            conversation_id = kwargs.get("conversation_id")
            default = conversation_url(conversation_id) if conversation_id else reverse("home")
            return back_to(request, default)
        return response

    return wrapper
