use jsonwebtoken::{encode, EncodingKey, Header};
use serde::Serialize;
use std::time::{SystemTime, UNIX_EPOCH};

const SIGNING_SECRET_VAR: &str = "SESSION_SIGNING_SECRET";

#[derive(Serialize)]
struct Claims {
    sub: String,
    exp: u64,
    iss: &'static str,
}

fn signing_key() -> EncodingKey {
    let secret = std::env::var(SIGNING_SECRET_VAR).expect("SESSION_SIGNING_SECRET must be set");
    EncodingKey::from_secret(secret.as_bytes())
}

pub fn issue_session(user_id: i64) -> jsonwebtoken::errors::Result<String> {
    let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs();
    let claims = Claims {
        sub: user_id.to_string(),
        exp: now + 12 * 3600,
        iss: "auth.internal",
    };
    encode(&Header::default(), &claims, &signing_key())
}
