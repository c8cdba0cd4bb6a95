use jsonwebtoken::{encode, EncodingKey, Header};
use serde::Serialize;
use std::time::{SystemTime, UNIX_EPOCH};

#[derive(Serialize)]
struct Claims<'a> {
    sub: &'a str,
    scope: &'a str,
    exp: u64,
}

pub struct TokenMinter {
    key: EncodingKey,
}

impl TokenMinter {
    pub fn from_env() -> Result<Self, std::env::VarError> {
        let secret = std::env::var("TOKEN_SIGNING_SECRET")?;
        Ok(Self { key: EncodingKey::from_secret(secret.as_bytes()) })
    }

    pub fn mint(&self, user_id: &str, scope: &str) -> jsonwebtoken::errors::Result<String> {
        let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs();
        let claims = Claims { sub: user_id, scope, exp: now + 15 * 60 };
        encode(&Header::default(), &claims, &self.key)
    }
}
