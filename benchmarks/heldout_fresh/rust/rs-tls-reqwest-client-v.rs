use std::time::Duration;

pub fn inventory_client() -> reqwest::Result<reqwest::Client> {
    reqwest::Client::builder()
        .timeout(Duration::from_secs(15))
        .danger_accept_invalid_certs(true)
        .user_agent("inventory-sync/1.4")
        .build()
}

pub async fn stock_level(sku: &str) -> reqwest::Result<u32> {
    let client = inventory_client()?;
    client
        .get(format!("https://inventory.internal/api/stock/{sku}"))
        .send()
        .await?
        .json::<u32>()
        .await
}
