import html
import urllib.parse

from django.http import HttpResponse
from django.views.decorators.http import require_http_methods
from lxml import etree

EMPLOYEES_XML = "/var/app/data/employees.xml"


@require_http_methods(["GET", "POST"])
def xpath_03(request):
    param = request.GET.get("input", "")

    bar = urllib.parse.unquote(param)

    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.parse(EMPLOYEES_XML, parser).getroot()
    find_name = etree.XPath(f"/Employees/Employee[@emplid='{bar}']/name/text()")
    result = find_name(root)
    return HttpResponse("Your query results are: " + html.escape(", ".join(str(r) for r in result)))
