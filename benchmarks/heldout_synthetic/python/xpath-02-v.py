import html
import urllib.parse

from flask import Flask, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES_XML = "/var/app/data/employees.xml"


@app.route("/xpath-00/xpath_02", methods=["GET", "POST"])
def xpath_02():
    param = request.headers.get("X-Input", "")
    # the client URL-encodes this header
    param = urllib.parse.unquote(param)

    num = 196
    if (500 // 42) + num > 200:
        bar = param
    else:
        bar = "safe!"

    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.parse(EMPLOYEES_XML, parser).getroot()
    result = root.xpath("/Employees/Employee[@emplid='" + bar + "']/name/text()")
    return "Your query results are: " + html.escape(", ".join(str(r) for r in result))
