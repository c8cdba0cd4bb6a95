from lxml import etree
from flask import Flask, request

app = Flask(__name__)
TREE = etree.parse("users.xml")

@app.route("/role")
def role():
    user = request.args.get("user", "")
    found = TREE.xpath("//user[@name=$name]/role/text()", name=user)
    return {"role": found[0] if found else None}
