use axum::{extract::Query, response::Redirect};
use serde::Deserialize;
use tower_sessions::Session;

#[derive(Deserialize)]
pub struct CallbackParams {
    code: String,
    redirect_to: Option<String>,
}

pub async fn sso_callback(session: Session, Query(p): Query<CallbackParams>) -> Result<Redirect, Redirect> {
    let user = crate::sso::exchange_code(&p.code)
        .await
        .map_err(|_| Redirect::to("/login?error=sso"))?;
    session
        .insert("user_id", user.id)
        .await
        .map_err(|_| Redirect::to("/login?error=session"))?;
    let target = p.redirect_to.unwrap_or_else(|| "/".to_string());
    Ok(Redirect::to(&target))
}
