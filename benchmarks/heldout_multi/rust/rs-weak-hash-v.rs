use md5::{Digest, Md5};

pub fn hash_password(password: &str) -> String {
    let digest = Md5::digest(password.as_bytes());
    format!("{:x}", digest)
}
