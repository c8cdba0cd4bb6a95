import base64
import html

from flask import Flask, request
from lxml import etree

app = Flask(__name__)
EMPLOYEES_XML = "/var/app/data/employees.xml"


@app.route("/xpath-00/xpath_01", methods=["GET", "POST"])
def xpath_01():
    param = request.args.get("input", "")

    bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")

    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.parse(EMPLOYEES_XML, parser).getroot()
    result = root.xpath("/Employees/Employee[@emplid='" + bar + "']/name/text()")
    return "Your query results are: " + html.escape(", ".join(str(r) for r in result))
