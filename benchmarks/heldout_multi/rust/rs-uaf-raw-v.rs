use std::ffi::CString;
use std::os::raw::c_char;

extern "C" { fn lib_set_name(name: *const c_char); }

pub fn set_name(name: &str) {
    let ptr = CString::new(name).unwrap().as_ptr();
    unsafe { lib_set_name(ptr) };
}
