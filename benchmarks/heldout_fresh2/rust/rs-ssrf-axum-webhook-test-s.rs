use axum::{http::StatusCode, Json};
use serde::{Deserialize, Serialize};
use std::time::Duration;

#[derive(Deserialize)]
pub struct TestWebhook {
    target_url: String,
}

#[derive(Serialize)]
pub struct TestResult {
    status: u16,
    body_preview: String,
}

const ALLOWED_HOSTS: &[&str] = &["hooks.slack.com", "discord.com", "outlook.office.com"];

/// "Send test event" button in the integrations settings page.
pub async fn test_webhook(Json(req): Json<TestWebhook>) -> Result<Json<TestResult>, StatusCode> {
    let url = reqwest::Url::parse(&req.target_url).map_err(|_| StatusCode::BAD_REQUEST)?;
    let host_ok = url.host_str().map_or(false, |h| ALLOWED_HOSTS.contains(&h));
    if url.scheme() != "https" || !host_ok || url.port().is_some() || !url.username().is_empty() {
        return Err(StatusCode::BAD_REQUEST);
    }
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(5))
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    let resp = client
        .post(url)
        .json(&serde_json::json!({"event": "test", "id": "evt_test"}))
        .send()
        .await
        .map_err(|_| StatusCode::BAD_GATEWAY)?;
    let status = resp.status().as_u16();
    let body = resp.text().await.unwrap_or_default();
    Ok(Json(TestResult { status, body_preview: body.chars().take(500).collect() }))
}
