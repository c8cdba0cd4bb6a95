import logging

from fastapi import FastAPI, Form, HTTPException

logging.basicConfig(format="%(asctime)s %(levelname)s %(message)s", level=logging.INFO)
audit = logging.getLogger("audit")
app = FastAPI()

USERS = {"alice": "s3cr3t-hash"}


def password_ok(username: str, password: str) -> bool:
    from app.security import verify_password  # project helper
    return username in USERS and verify_password(password, USERS[username])


@app.post("/login")
def login(username: str = Form(...), password: str = Form(...)):
    shown = username.replace("\r", "\\r").replace("\n", "\\n")
    if not password_ok(username, password):
        audit.warning("failed login for user=" + repr(shown))
        raise HTTPException(status_code=401, detail="bad credentials")
    audit.info("login ok for user=%r", shown)
    return {"ok": True}
