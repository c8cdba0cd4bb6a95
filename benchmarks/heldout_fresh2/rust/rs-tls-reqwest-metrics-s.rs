use serde::Deserialize;
use std::time::Duration;

#[derive(Deserialize, Debug)]
pub struct NodeMetrics {
    pub cpu: f64,
    pub mem_used_mb: u64,
}

/// Polls the metrics endpoint of each cluster node (they serve HTTPS with the cluster CA).
pub struct MetricsPoller {
    client: reqwest::Client,
    token: String,
}

impl MetricsPoller {
    pub fn new(token: String, cluster_ca_pem: &[u8]) -> reqwest::Result<Self> {
        let ca = reqwest::Certificate::from_pem(cluster_ca_pem)?;
        let client = reqwest::Client::builder()
            .add_root_certificate(ca)
            .timeout(Duration::from_secs(3))
            .build()?;
        Ok(Self { client, token })
    }

    pub async fn poll(&self, node: &str) -> reqwest::Result<NodeMetrics> {
        self.client
            .get(format!("https://{node}:9443/metrics.json"))
            .bearer_auth(&self.token)
            .send()
            .await?
            .error_for_status()?
            .json()
            .await
    }
}
