from flask import Flask

app = Flask(__name__)
app.config["SECRET_KEY"] = "f3c9a1b7d2e8-prod-signing"
