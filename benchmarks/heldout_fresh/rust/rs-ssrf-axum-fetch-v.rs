use axum::{extract::Query, http::StatusCode};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct FeedQuery {
    url: String,
}

pub async fn fetch_feed(Query(q): Query<FeedQuery>) -> Result<String, StatusCode> {
    let resp = reqwest::get(&q.url).await.map_err(|_| StatusCode::BAD_GATEWAY)?;
    resp.text().await.map_err(|_| StatusCode::BAD_GATEWAY)
}
