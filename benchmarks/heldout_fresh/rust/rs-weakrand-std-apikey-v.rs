use rand::{rngs::SmallRng, Rng, SeedableRng};
use std::time::{SystemTime, UNIX_EPOCH};

const CHARSET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

pub fn generate_api_key() -> String {
    let seed = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_nanos() as u64;
    let mut rng = SmallRng::seed_from_u64(seed);
    let body: String = (0..40)
        .map(|_| CHARSET[rng.gen_range(0..CHARSET.len())] as char)
        .collect();
    format!("key_{body}")
}
