use reqwest::Client;
use serde::Deserialize;
use std::time::Duration;

#[derive(Debug, Deserialize)]
pub struct Sku {
    pub code: String,
    pub stock: i64,
}

pub fn build_client() -> reqwest::Result<Client> {
    Client::builder()
        .timeout(Duration::from_secs(10))
        .danger_accept_invalid_certs(true)
        .build()
}

pub async fn fetch_sku(client: &Client, code: &str) -> reqwest::Result<Sku> {
    client
        .get("https://inventory.corp.internal/api/skus")
        .query(&[("code", code)])
        .send()
        .await?
        .error_for_status()?
        .json::<Sku>()
        .await
}
