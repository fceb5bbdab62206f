//! memmem.rs - substring search with the memchr crate's memmem (BurntSushi's
//! memchr 2.5.0, the searcher behind the regex crate, ripgrep, bstr, ...),
//! which has a hand-written Wasm SIMD (simd128) path: for needles of 2 to 32
//! bytes its "generic SIMD" packed-pair searcher (two rare bytes of the
//! needle compared against 16 haystack bytes at a time, candidates confirmed
//! with memcmp), and for longer needles the same vector loop as a prefilter
//! in front of Two-Way. The Wasm build (simd128) runs that loop on v128; the
//! native build on __m128i (SSE2), the same generic code instantiated for a
//! vector of the same width (AVX2 is disabled natively, see build-rust.sh).
//! Exercises: i8x16.splat/eq, v128.and, i8x16.bitmask, ctz, unaligned v128
//! loads, short memcmp.
//! Workload: a 16 MiB pseudo-text, 24 needles (frequent short words, rare
//! words, haystack substrings of 5 to 64 bytes, absent strings), every match
//! counted with Finder::find_iter; default 16 rounds.
//! kilnbench-simd
//! kilnbench-crates: memchr-2.5.0
use memchr::memmem;

// Rng (splitmix64, as in common.h) and mix64, shared by the Rust programs.
include!("prng.rs.in");

const SYLLABLES: [&str; 24] = [
    "ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "ve", "da", "gu", "shi", "an", "el", "or", "th",
    "e", "in", "qu", "zy", "wo", "ba", "ex", "io",
];

/// Pseudo-English: a vocabulary of 4096 words of 1 to 4 syllables, drawn
/// with a skewed (roughly Zipf) distribution, capitalized after a full stop,
/// with punctuation, numbers and line breaks.
fn make_text(len: usize, r: &mut Rng) -> Vec<u8> {
    let mut vocab: Vec<Vec<u8>> = Vec::with_capacity(4096);
    for _ in 0..4096 {
        let n = 1 + r.below(4);
        let mut w = Vec::new();
        for _ in 0..n {
            w.extend_from_slice(SYLLABLES[r.below(SYLLABLES.len() as u64) as usize].as_bytes());
        }
        vocab.push(w);
    }
    let mut t = Vec::with_capacity(len + 64);
    let mut cap = true;
    let mut col = 0;
    while t.len() < len {
        let m = 1 + r.below(4096);
        let k = r.below(m) as usize;
        let start = t.len();
        if r.below(50) == 0 {
            t.extend_from_slice(format!("{}", r.below(100000)).as_bytes());
        } else {
            t.extend_from_slice(&vocab[k]);
            if cap {
                t[start] = t[start].to_ascii_uppercase();
            }
        }
        cap = false;
        match r.below(20) {
            0 => {
                t.extend_from_slice(b". ");
                cap = true
            }
            1 => t.extend_from_slice(b", "),
            2 => t.extend_from_slice(b"; "),
            _ => t.push(b' '),
        }
        col += t.len() - start;
        if col > 72 {
            t.push(b'\n');
            col = 0;
        }
    }
    t.truncate(len);
    t
}

fn main() {
    let rounds: u64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or(16);
    let mut r = Rng(0x6d656d6d656d);
    let hay = make_text(16 << 20, &mut r);

    let mut needles: Vec<Vec<u8>> = Vec::new();
    for w in [
        "th", "ka", "the", "shi", "and", "zyx", "Kaqu", "wokaba", "Sushi", "elorth", "quick brown fox",
        "Kiln compiles Wasm", "0123",
    ] {
        needles.push(w.as_bytes().to_vec());
    }
    // substrings of the haystack: found at least once, usually once
    for (i, n) in [5usize, 8, 12, 16, 20, 24, 28, 32, 40, 64, 64].iter().enumerate() {
        let at = (i + 1) * hay.len() / 13 + 7;
        needles.push(hay[at..at + n].to_vec());
    }
    let finders: Vec<memmem::Finder> = needles.iter().map(|n| memmem::Finder::new(n)).collect();

    let mut counts = vec![0u64; needles.len()];
    let mut h = 0u64;
    for round in 0..rounds {
        for (i, f) in finders.iter().enumerate() {
            let mut c = 0u64;
            let mut last = 0usize;
            for pos in f.find_iter(&hay) {
                c += 1;
                last = pos;
            }
            counts[i] = c;
            h = mix64(h, c ^ (last as u64) << 24 ^ round);
        }
    }

    // check the searcher against a naive search once (on a 1 MiB prefix)
    let pre = &hay[..1 << 20];
    for (i, f) in finders.iter().enumerate() {
        let n = &needles[i];
        let naive = pre.windows(n.len()).filter(|w| w == n).count();
        let fast = f.find_iter(pre).count();
        if naive != fast {
            println!("memmem self-test FAILED: needle {} {:?}: {} found, {} expected", i, String::from_utf8_lossy(n), fast, naive);
            std::process::exit(1);
        }
    }

    let list: Vec<String> = counts.iter().map(|c| c.to_string()).collect();
    println!(
        "memmem bytes={} needles={} rounds={} counts={} checksum={:016x} self-test ok",
        hay.len(),
        needles.len(),
        rounds,
        list.join(","),
        h
    );
}
