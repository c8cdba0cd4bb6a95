use hmac::{Hmac, Mac};
use sha2::Sha256;

const WEBHOOK_SECRET: &[u8] = b"whsec_8f2b1c9d4e7a6b3c0d5e8f1a2b4c6d9e";

pub fn sign(body: &[u8]) -> Vec<u8> {
    let mut mac = Hmac::<Sha256>::new_from_slice(WEBHOOK_SECRET).unwrap();
    mac.update(body);
    mac.finalize().into_bytes().to_vec()
}
