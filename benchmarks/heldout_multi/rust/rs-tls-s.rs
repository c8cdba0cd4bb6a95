use reqwest::{Certificate, Client};

pub fn metrics_client() -> reqwest::Result<Client> {
    let ca = Certificate::from_pem(include_bytes!("../certs/internal-ca.pem"))?;
    Client::builder()
        .add_root_certificate(ca)
        .timeout(std::time::Duration::from_secs(5))
        .build()
}
