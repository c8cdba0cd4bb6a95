use std::ffi::CString;
use std::os::raw::c_char;

extern "C" { fn lib_set_name(name: *const c_char); }

pub fn set_name(name: &str) {
    let owned = CString::new(name).unwrap();
    unsafe { lib_set_name(owned.as_ptr()) };
}
