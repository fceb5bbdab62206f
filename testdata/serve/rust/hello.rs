// hello: answers every request with a plain-text greeting (the same bytes
// as the C handler and the native Go handler of bench/cmd/servebench).
use std::io::Write;

fn main() {
    let out = std::io::stdout();
    let mut out = out.lock();
    let _ = out.write_all(b"Content-Type: text/plain; charset=utf-8\n\nHello, world!\n");
}
