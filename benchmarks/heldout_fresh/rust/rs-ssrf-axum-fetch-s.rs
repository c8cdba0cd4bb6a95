use axum::{extract::Query, http::StatusCode};
use reqwest::{redirect::Policy, Url};
use serde::Deserialize;

const FEED_HOSTS: &[&str] = &["feeds.bbci.co.uk", "rss.nytimes.com", "hnrss.org"];

#[derive(Deserialize)]
pub struct FeedQuery {
    url: String,
}

pub async fn fetch_feed(Query(q): Query<FeedQuery>) -> Result<String, StatusCode> {
    let url = Url::parse(&q.url).map_err(|_| StatusCode::BAD_REQUEST)?;
    let host_ok = url.host_str().map_or(false, |h| FEED_HOSTS.contains(&h));
    if url.scheme() != "https" || !host_ok || url.port().is_some() {
        return Err(StatusCode::BAD_REQUEST);
    }
    let client = reqwest::Client::builder().redirect(Policy::none()).build().map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    let resp = client.get(url).send().await.map_err(|_| StatusCode::BAD_GATEWAY)?;
    resp.text().await.map_err(|_| StatusCode::BAD_GATEWAY)
}
