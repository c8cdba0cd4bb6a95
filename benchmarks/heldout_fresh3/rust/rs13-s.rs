use reqwest::Client;
use serde::Deserialize;
use std::time::Duration;

#[derive(Debug, Deserialize)]
pub struct Sku {
    pub code: String,
    pub stock: i64,
}

pub fn build_client() -> Result<Client, Box<dyn std::error::Error>> {
    let pem = std::fs::read("/etc/ssl/corp/ca.pem")?;
    let ca = reqwest::Certificate::from_pem(&pem)?;
    Ok(Client::builder()
        .timeout(Duration::from_secs(10))
        .add_root_certificate(ca)
        .build()?)
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
