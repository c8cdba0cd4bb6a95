from django.http import JsonResponse
from lxml import etree

CATALOG = etree.parse("data/courses.xml")


def course_lookup(request):
    """GET /courses?teacher=Smith -> titles of the teacher's public courses."""
    teacher = request.GET.get("teacher", "")
    titles = CATALOG.xpath(
        "//course[teacher=$teacher and @visibility='public']/title/text()", teacher=teacher
    )
    return JsonResponse({"teacher": teacher, "courses": [str(t) for t in titles]})
