use axum::{extract::Query, response::Redirect};
use serde::Deserialize;
use tower_sessions::Session;

#[derive(Deserialize)]
pub struct CallbackParams {
    code: String,
    redirect_to: Option<String>,
}

fn local_path(target: Option<String>) -> String {
    match target {
        Some(t) if t.starts_with('/') && !t.starts_with("//") && !t.contains('\\') && !t.chars().any(char::is_control) => t,
        _ => "/".to_string(),
    }
}

pub async fn sso_callback(session: Session, Query(p): Query<CallbackParams>) -> Result<Redirect, Redirect> {
    let user = crate::sso::exchange_code(&p.code)
        .await
        .map_err(|_| Redirect::to("/login?error=sso"))?;
    session
        .insert("user_id", user.id)
        .await
        .map_err(|_| Redirect::to("/login?error=session"))?;
    let target = local_path(p.redirect_to);
    Ok(Redirect::to(&target))
}
