use axum::{extract::Query, http::StatusCode};
use serde::Deserialize;
use url::Url;

#[derive(Deserialize)]
pub struct PreviewQuery {
    url: String,
}

const PREVIEW_HOSTS: &[&str] = &["github.com", "docs.rs", "en.wikipedia.org"];

fn permitted(u: &Url) -> bool {
    u.scheme() == "https"
        && u.port().is_none()
        && u.host_str().map_or(false, |h| PREVIEW_HOSTS.contains(&h))
}

pub async fn preview(Query(q): Query<PreviewQuery>) -> Result<String, StatusCode> {
    let target = Url::parse(&q.url).map_err(|_| StatusCode::BAD_REQUEST)?;
    if !permitted(&target) {
        return Err(StatusCode::BAD_REQUEST);
    }
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    let body = client
        .get(target)
        .send()
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
