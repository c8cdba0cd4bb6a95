use axum::{extract::Query, http::StatusCode};
use serde::Deserialize;
use url::Url;

#[derive(Deserialize)]
pub struct PreviewQuery {
    url: String,
}

fn permitted(u: &Url) -> bool {
    matches!(u.scheme(), "http" | "https")
}

pub async fn preview(Query(q): Query<PreviewQuery>) -> Result<String, StatusCode> {
    let target = Url::parse(&q.url).map_err(|_| StatusCode::BAD_REQUEST)?;
    if !permitted(&target) {
        return Err(StatusCode::BAD_REQUEST);
    }
    let body = reqwest::get(target)
        .await
        .and_then(|r| r.error_for_status())
        .map_err(|_| StatusCode::BAD_GATEWAY)?
        .text()
        .await
        .map_err(|_| StatusCode::BAD_GATEWAY)?;
    let title = body
        .split("<title>")
        .nth(1)
        .and_then(|rest| rest.split("</title>").next())
        .unwrap_or("");
    Ok(title.trim().to_string())
}
