use rocket::get;
use rocket::response::Redirect;

fn local_target(next: Option<&str>) -> String {
    match next {
        Some(n)
            if n.starts_with('/')
                && !n.starts_with("//")
                && !n.contains('\\')
                && !n.chars().any(|c| c.is_control()) =>
        {
            n.to_string()
        }
        _ => "/".to_string(),
    }
}

#[get("/login/done?<next>")]
pub fn login_done(next: Option<&str>) -> Redirect {
    Redirect::to(local_target(next))
}

#[cfg(test)]
mod tests {
    use super::local_target;

    #[test]
    fn defaults_to_root() {
        assert_eq!(local_target(None), "/");
    }
}
