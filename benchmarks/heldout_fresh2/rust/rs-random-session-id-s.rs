use rand::rngs::OsRng;
use rand::RngCore;
use std::collections::HashMap;
use std::sync::Mutex;

pub struct SessionStore {
    sessions: Mutex<HashMap<String, u64>>,
}

impl SessionStore {
    fn new_id() -> String {
        let mut bytes = [0u8; 16];
        OsRng.fill_bytes(&mut bytes);
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// Called by the login handler once the password has been checked.
    pub fn create(&self, user_id: u64) -> String {
        let id = Self::new_id();
        self.sessions.lock().unwrap().insert(id.clone(), user_id);
        id
    }

    pub fn user_for(&self, id: &str) -> Option<u64> {
        self.sessions.lock().unwrap().get(id).copied()
    }
}
