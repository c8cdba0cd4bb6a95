use hmac::{Hmac, Mac};
use sha2::Sha256;

pub fn sign(body: &[u8]) -> Vec<u8> {
    let secret = std::env::var("WEBHOOK_SECRET").expect("WEBHOOK_SECRET");
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(body);
    mac.finalize().into_bytes().to_vec()
}
