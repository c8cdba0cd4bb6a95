use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{SystemTime, UNIX_EPOCH};

pub struct SessionStore {
    sessions: Mutex<HashMap<String, u64>>,
}

impl SessionStore {
    fn new_id() -> String {
        let seed = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_millis() as u64;
        let mut rng = StdRng::seed_from_u64(seed);
        (0..32).map(|_| format!("{:x}", rng.gen_range(0..16u8))).collect()
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
