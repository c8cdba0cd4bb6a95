use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION};

const STRIPE_SECRET: &str = "sk_live_51Hx9kQ2eZvKYlo2C8Rw3TmPq7VbN4sLd";

pub fn stripe_client() -> reqwest::Client {
    let mut headers = HeaderMap::new();
    let value = format!("Bearer {STRIPE_SECRET}");
    headers.insert(AUTHORIZATION, HeaderValue::from_str(&value).unwrap());
    reqwest::Client::builder()
        .default_headers(headers)
        .build()
        .expect("client")
}
