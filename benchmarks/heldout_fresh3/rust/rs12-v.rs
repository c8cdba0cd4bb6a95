use jsonwebtoken::{encode, EncodingKey, Header};
use serde::Serialize;
use std::time::{SystemTime, UNIX_EPOCH};

const SIGNING_SECRET: &[u8] = b"q9T#v2LmZ8rX!pE4wK7sB1nY6cH3jF0d";

#[derive(Serialize)]
struct Claims {
    sub: String,
    exp: u64,
    iss: &'static str,
}

fn signing_key() -> EncodingKey {
    EncodingKey::from_secret(SIGNING_SECRET)
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
