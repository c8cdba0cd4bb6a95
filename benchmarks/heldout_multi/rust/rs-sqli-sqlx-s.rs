use axum::{extract::{Query, State}, Json};
use serde::Deserialize;
use sqlx::PgPool;

#[derive(Deserialize)]
pub struct Params { name: String }

pub async fn user(State(pool): State<PgPool>, Query(p): Query<Params>) -> Json<Vec<String>> {
    let rows: Vec<(String,)> = sqlx::query_as("SELECT email FROM users WHERE name = $1")
        .bind(&p.name)
        .fetch_all(&pool)
        .await
        .unwrap_or_default();
    Json(rows.into_iter().map(|r| r.0).collect())
}
