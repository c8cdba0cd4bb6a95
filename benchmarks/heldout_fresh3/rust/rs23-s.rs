use std::ffi::CString;
use std::os::raw::{c_char, c_int};

extern "C" {
    fn geo_lookup(ip: *const c_char) -> c_int;
}

/// `ip` is taken from the X-Forwarded-For header of the request.
pub fn country_code(ip: &str) -> Option<i32> {
    let c_ip = match CString::new(ip) {
        Ok(c) => c,
        Err(_) => return None,
    };
    let code = unsafe { geo_lookup(c_ip.as_ptr()) };
    if code < 0 {
        None
    } else {
        Some(code)
    }
}
