use axum::{extract::{Path, State}, http::StatusCode, Json};
use serde::Serialize;
use sqlx::{FromRow, PgPool};

#[derive(Serialize, FromRow)]
pub struct Profile {
    username: String,
    bio: Option<String>,
}

pub async fn get_profile(
    State(pool): State<PgPool>,
    Path(username): Path<String>,
) -> Result<Json<Profile>, StatusCode> {
    sqlx::query_as::<_, Profile>("SELECT username, bio FROM profiles WHERE username = $1")
        .bind(&username)
        .fetch_optional(&pool)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?
        .map(Json)
        .ok_or(StatusCode::NOT_FOUND)
}
