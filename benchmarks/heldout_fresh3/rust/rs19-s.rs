use serde::Deserialize;
use warp::Filter;

#[derive(Deserialize)]
struct Search {
    q: Option<String>,
}

fn no_results_page(q: &str) -> String {
    let shown = html_escape::encode_text(q).to_string();
    format!(
        "<html><head><title>Search</title></head><body><p>No results for <b>{}</b>.</p></body></html>",
        shown
    )
}

pub fn search_route() -> impl Filter<Extract = (impl warp::Reply,), Error = warp::Rejection> + Clone {
    warp::path("search")
        .and(warp::get())
        .and(warp::query::<Search>())
        .map(|s: Search| warp::reply::html(no_results_page(s.q.as_deref().unwrap_or(""))))
}
