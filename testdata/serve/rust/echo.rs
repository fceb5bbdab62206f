// echo: returns the request body verbatim, with the request's Content-Type,
// and reports the request's method, query and headers as response headers:
// X-Echo-Method, X-Echo-Query, and one Echo-NAME header per HTTP_NAME
// variable (HTTP_USER_AGENT becomes Echo-User-Agent).
use std::io::{Read, Write};

fn header_name(var: &str) -> String {
    var.split('_')
        .map(|w| {
            let mut s = String::new();
            for (i, c) in w.chars().enumerate() {
                if i == 0 {
                    s.push(c.to_ascii_uppercase());
                } else {
                    s.push(c.to_ascii_lowercase());
                }
            }
            s
        })
        .collect::<Vec<_>>()
        .join("-")
}

fn main() {
    let var = |k: &str| std::env::var(k).unwrap_or_default();
    let mut head = String::new();
    let ct = var("CONTENT_TYPE");
    head.push_str(&format!(
        "Content-Type: {}\n",
        if ct.is_empty() { "application/octet-stream" } else { &ct }
    ));
    head.push_str(&format!("X-Echo-Method: {}\n", var("REQUEST_METHOD")));
    head.push_str(&format!("X-Echo-Query: {}\n", var("QUERY_STRING")));
    for (k, v) in std::env::vars() {
        if let Some(name) = k.strip_prefix("HTTP_") {
            head.push_str(&format!("Echo-{}: {}\n", header_name(name), v));
        }
    }
    head.push('\n');
    let mut body = Vec::new();
    let _ = std::io::stdin().read_to_end(&mut body);
    let out = std::io::stdout();
    let mut out = out.lock();
    let _ = out.write_all(head.as_bytes());
    let _ = out.write_all(&body);
}
