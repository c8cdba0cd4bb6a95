from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
STAFF = etree.parse("config/staff.xml")


class StaffDirectory:
    def __init__(self, tree):
        self.tree = tree

    def find_by_login(self, login):
        query = "//employee[login/text()=$login]"
        return self.tree.xpath(query, login=login)


directory = StaffDirectory(STAFF)


@app.route("/staff/lookup")
def staff_lookup():
    login = request.args.get("login", "")
    matches = directory.find_by_login(login)
    return jsonify([
        {"name": e.findtext("name"), "phone": e.findtext("phone"), "room": e.findtext("room")}
        for e in matches
    ])
