const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

pub struct ApiKey {
    pub prefix: &'static str,
    pub secret: String,
}

fn random_index(n: usize) -> usize {
    use rand::{rngs::OsRng, Rng};
    OsRng.gen_range(0..n)
}

pub fn new_api_key() -> ApiKey {
    let secret: String = (0..32)
        .map(|_| ALPHABET[random_index(ALPHABET.len())] as char)
        .collect();
    ApiKey { prefix: "ik_", secret }
}

impl ApiKey {
    pub fn display(&self) -> String {
        format!("{}{}", self.prefix, self.secret)
    }
}
