use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION};

pub fn stripe_client() -> reqwest::Client {
    let secret = std::env::var("STRIPE_SECRET_KEY").expect("STRIPE_SECRET_KEY must be set");
    let mut headers = HeaderMap::new();
    let value = format!("Bearer {secret}");
    let mut hv = HeaderValue::from_str(&value).unwrap();
    hv.set_sensitive(true);
    headers.insert(AUTHORIZATION, hv);
    reqwest::Client::builder()
        .default_headers(headers)
        .build()
        .expect("client")
}
