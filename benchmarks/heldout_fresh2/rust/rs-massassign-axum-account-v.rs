use axum::{extract::State, http::StatusCode, Extension, Json};
use serde::Deserialize;
use sqlx::PgPool;

#[derive(Deserialize)]
pub struct AccountUpdate {
    display_name: String,
    timezone: String,
    #[serde(default)]
    plan: Option<String>,
    #[serde(default)]
    is_staff: Option<bool>,
}

/// PATCH /account -- the signed-in user edits their account settings.
pub async fn update_account(
    State(db): State<PgPool>,
    Extension(user_id): Extension<i64>,
    Json(u): Json<AccountUpdate>,
) -> Result<StatusCode, StatusCode> {
    sqlx::query(
        "UPDATE accounts SET display_name = $1, timezone = $2, \
         plan = COALESCE($3, plan), is_staff = COALESCE($4, is_staff) WHERE id = $5",
    )
    .bind(&u.display_name)
    .bind(&u.timezone)
    .bind(&u.plan)
    .bind(u.is_staff)
    .bind(user_id)
    .execute(&db)
    .await
    .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Ok(StatusCode::NO_CONTENT)
}
