use rand::{rngs::OsRng, Rng};

const CHARSET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

pub fn generate_api_key() -> String {
    let mut rng = OsRng;
    let body: String = (0..40)
        .map(|_| CHARSET[rng.gen_range(0..CHARSET.len())] as char)
        .collect();
    format!("key_{body}")
}
