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
    if not password_ok(username, password):
        audit.warning("failed login for user=" + username)
        raise HTTPException(status_code=401, detail="bad credentials")
    audit.info("login ok for user=%s", username)
    return {"ok": True}
