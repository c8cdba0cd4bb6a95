use axum::{extract::State, http::StatusCode, Extension, Json};
use serde::Deserialize;
use sqlx::PgPool;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AccountUpdate {
    display_name: String,
    timezone: String,
}

/// PATCH /account -- the signed-in user edits their account settings.
/// Plan changes go through billing and staff flags through the admin console, not here.
pub async fn update_account(
    State(db): State<PgPool>,
    Extension(user_id): Extension<i64>,
    Json(u): Json<AccountUpdate>,
) -> Result<StatusCode, StatusCode> {
    sqlx::query("UPDATE accounts SET display_name = $1, timezone = $2 WHERE id = $3")
        .bind(&u.display_name)
        .bind(&u.timezone)
        .bind(user_id)
        .execute(&db)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Ok(StatusCode::NO_CONTENT)
}
