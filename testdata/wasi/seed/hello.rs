// Seed scenario (Rust): print a greeting, then write it to output.txt in the
// current directory. Rust std (wasm32-wasi) resolves relative paths against
// the preopen named "." (via wasi-libc), so the host must map a directory to
// "." for the write to succeed.
use std::fs;
use std::process;

fn main() {
    let msg = "Hello from WASI!";
    println!("{}", msg);
    match fs::write("output.txt", format!("{}\n", msg)) {
        Ok(()) => println!("Successfully wrote to output.txt"),
        Err(e) => {
            eprintln!("Error writing to output.txt: {}", e);
            process::exit(1);
        }
    }
}
