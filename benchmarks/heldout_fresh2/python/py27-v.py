from fastapi import Depends, FastAPI, HTTPException, Request
from sqlalchemy.orm import Session

from .db import get_session
from .models import User
from .auth import current_user_id

app = FastAPI()


@app.patch("/users/me")
async def update_me(request: Request, db: Session = Depends(get_session), uid: int = Depends(current_user_id)):
    user = db.get(User, uid)
    if user is None:
        raise HTTPException(status_code=404)
    changes = await request.json()
    for field, value in changes.items():
        if hasattr(user, field):
            setattr(user, field, value)
    db.commit()
    return {"id": user.id, "email": user.email, "display_name": user.display_name}
