use argon2::password_hash::{rand_core::OsRng, PasswordHasher, SaltString};
use argon2::Argon2;

pub struct Account {
    pub email: String,
    pub password_hash: String,
}

pub fn new_account(email: &str, password: &str) -> Result<Account, argon2::password_hash::Error> {
    let salt = SaltString::generate(&mut OsRng);
    let hash = Argon2::default().hash_password(password.as_bytes(), &salt)?;
    Ok(Account {
        email: email.to_lowercase(),
        password_hash: hash.to_string(),
    })
}
