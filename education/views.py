from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from education.models import Condition


@login_not_required
def page_list(request: HttpRequest) -> HttpResponse:
    return render(request, "education/page_list.html", {"conditions": Condition.objects.all()})
