use axum::{extract::{Query, State}, http::StatusCode, Json};
use serde::{Deserialize, Serialize};
use sqlx::{FromRow, PgPool};

#[derive(Deserialize)]
pub struct SearchParams {
    city: String,
    min_rating: Option<f32>,
}

#[derive(Serialize, FromRow)]
pub struct Venue {
    id: i64,
    name: String,
    rating: f32,
}

pub async fn search_venues(
    State(pool): State<PgPool>,
    Query(p): Query<SearchParams>,
) -> Result<Json<Vec<Venue>>, StatusCode> {
    let rows = sqlx::query_as::<_, Venue>(
        "SELECT id, name, rating FROM venues WHERE city = $1 AND rating >= $2 ORDER BY rating DESC LIMIT 50",
    )
    .bind(&p.city)
    .bind(p.min_rating.unwrap_or(0.0))
    .fetch_all(&pool)
    .await
    .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Ok(Json(rows))
}
