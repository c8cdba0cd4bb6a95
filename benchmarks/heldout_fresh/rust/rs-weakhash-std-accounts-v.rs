use sha2::{Digest, Sha256};

pub struct Account {
    pub email: String,
    pub password_hash: String,
}

pub fn new_account(email: &str, password: &str) -> Account {
    let mut hasher = Sha256::new();
    hasher.update(password.as_bytes());
    let digest = hasher.finalize();
    Account {
        email: email.to_lowercase(),
        password_hash: hex::encode(digest),
    }
}
