use axum::{extract::State, http::StatusCode, Extension, Json};
use serde::Deserialize;
use sqlx::PgPool;

#[derive(Deserialize)]
pub struct Account {
    display_name: String,
    email: String,
    #[serde(default)]
    is_admin: bool,
    #[serde(default = "default_plan")]
    plan: String,
}

fn default_plan() -> String {
    "free".into()
}

pub struct CurrentUser {
    pub id: i64,
}

pub async fn update_account(
    State(pool): State<PgPool>,
    Extension(user): Extension<std::sync::Arc<CurrentUser>>,
    Json(acc): Json<Account>,
) -> StatusCode {
    let res = sqlx::query(
        "UPDATE accounts SET display_name = $1, email = $2, is_admin = $3, plan = $4 WHERE id = $5",
    )
    .bind(&acc.display_name)
    .bind(&acc.email)
    .bind(acc.is_admin)
    .bind(&acc.plan)
    .bind(user.id)
    .execute(&pool)
    .await;
    if res.is_ok() { StatusCode::NO_CONTENT } else { StatusCode::INTERNAL_SERVER_ERROR }
}
