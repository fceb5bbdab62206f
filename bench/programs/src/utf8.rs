//! utf8.rs - UTF-8 validation with the simdutf8 crate (0.1.4; used by Apache
//! Arrow's Rust implementation, polars, sonic-rs, ...), the "lookup"
//! algorithm of simdjson, which has a hand-written Wasm SIMD (simd128)
//! implementation. The Wasm build runs it (u8x16.swizzle table lookups,
//! i8x16.shuffle to align the previous block, saturating subtracts, shifts,
//! u8x16.bitmask and v128.any_true for the ASCII fast path); the native build
//! runs the crate's SSE4.2 implementation of the same algorithm (pshufb,
//! palignr, ...), chosen at compile time; AVX2 is disabled natively so that
//! both sides use 128-bit vectors (see build-rust.sh).
//! Workload: an 8 MiB multilingual text (ASCII, Latin, Greek, Cyrillic, CJK,
//! emoji: 1- to 4-byte sequences) and an 8 MiB ASCII log, validated with
//! simdutf8::basic; then the multilingual text with one byte corrupted at a
//! round-dependent place, validated with simdutf8::compat (which reports
//! where). Checked against std::str::from_utf8 on a set of invalid inputs
//! first. Default: 360 rounds.
//! kilnbench-simd
//! kilnbench-crates: simdutf8-0.1.4

// Rng (splitmix64, as in common.h) and mix64, shared by the Rust programs.
include!("prng.rs.in");

const WORDS: [&[&str]; 6] = [
    &["the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "data", "value", "error", "index"],
    &["café", "über", "straße", "naïve", "façade", "smörgåsbord", "déjà", "vu", "mañana", "łódź"],
    &["αλφα", "βήτα", "γάμμα", "δέλτα", "λόγος", "κόσμος", "ψυχή"],
    &["привет", "мир", "данные", "значение", "ошибка", "строка", "файл"],
    &["数据", "值", "错误", "索引", "文字列", "日本語", "東京", "한국어", "서울"],
    &["😀", "🚀", "🦀", "🎉", "👍🏽", "🇫🇷", "🧪"],
];

/// Paragraphs each mostly in one script, with ASCII punctuation, numbers and
/// English words mixed in, as in a multilingual document or JSON dump.
fn make_text(len: usize, r: &mut Rng) -> Vec<u8> {
    let mut t = Vec::with_capacity(len + 64);
    while t.len() < len {
        let script = r.below(WORDS.len() as u64) as usize;
        let words = 20 + r.below(100);
        for _ in 0..words {
            let s = if r.below(4) == 0 { 0 } else { script };
            let list = WORDS[s];
            t.extend_from_slice(list[r.below(list.len() as u64) as usize].as_bytes());
            match r.below(12) {
                0 => t.extend_from_slice(b", "),
                1 => t.extend_from_slice(format!(" {} ", r.below(10000)).as_bytes()),
                _ => t.push(b' '),
            }
        }
        t.extend_from_slice(b".\n");
    }
    // cut at a character boundary
    let mut n = len;
    while n > 0 && n < t.len() && (t[n] & 0xc0) == 0x80 {
        n -= 1;
    }
    t.truncate(n);
    t
}

/// An ASCII log: timestamps, levels, key=value pairs.
fn make_log(len: usize, r: &mut Rng) -> Vec<u8> {
    let levels = ["INFO", "WARN", "DEBUG", "ERROR"];
    let keys = ["user", "path", "status", "bytes", "latency_ms", "method", "trace"];
    let mut t = Vec::with_capacity(len + 256);
    let mut ts = 1_700_000_000u64;
    while t.len() < len {
        ts += r.below(1000);
        let mut line = format!("{}.{:03} {:5}", ts / 1000, ts % 1000, levels[r.below(4) as usize]);
        for _ in 0..1 + r.below(6) {
            line.push_str(&format!(" {}={:x}", keys[r.below(7) as usize], r.next() >> r.below(60)));
        }
        line.push('\n');
        t.extend_from_slice(line.as_bytes());
    }
    t.truncate(len);
    t
}

/// simdutf8::compat against std on invalid inputs: truncated sequences,
/// stray continuation bytes, overlong encodings, surrogates, code points
/// above U+10FFFF, at every offset of a 200-byte window.
fn selftest(text: &[u8]) -> bool {
    let bad: [&[u8]; 9] = [
        b"\xff", b"\x80", b"\xc3", b"\xe6\x95", b"\xf0\x9f\x98", b"\xc0\x80", b"\xed\xa0\x80", b"\xf4\x90\x80\x80",
        b"\xe0\x80\xaf",
    ];
    for b in bad.iter() {
        for off in 0..200 {
            let mut v = text[..300].to_vec();
            v.splice(off..off, b.iter().copied());
            let want = std::str::from_utf8(&v).map_err(|e| (e.valid_up_to(), e.error_len()));
            let got = simdutf8::compat::from_utf8(&v).map_err(|e| (e.valid_up_to(), e.error_len()));
            let basic = simdutf8::basic::from_utf8(&v).is_ok();
            if want.is_ok() != got.is_ok() || want.is_ok() != basic || want.err() != got.err() {
                println!("utf8 self-test FAILED: {:02x?} at {}: std {:?}, simdutf8 {:?}/{}", b, off, want.err(), got.err(), basic);
                return false;
            }
        }
    }
    // whole buffers of every size up to 300 bytes, valid
    for n in 0..300 {
        let mut m = n;
        while m > 0 && (text[m] & 0xc0) == 0x80 {
            m -= 1;
        }
        if simdutf8::basic::from_utf8(&text[..m]).is_err() || simdutf8::compat::from_utf8(&text[..m]).is_err() {
            println!("utf8 self-test FAILED: valid prefix of {} bytes rejected", m);
            return false;
        }
    }
    true
}

fn main() {
    let rounds: u64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or(360);
    let mut r = Rng(0x75746638);
    let mut text = make_text(8 << 20, &mut r);
    let log = make_log(8 << 20, &mut r);
    if std::str::from_utf8(&text).is_err() || std::str::from_utf8(&log).is_err() || !selftest(&text) {
        println!("utf8 self-test FAILED (inputs)");
        std::process::exit(1);
    }
    let ascii = text.iter().filter(|&&b| b < 0x80).count();

    let mut h = 0u64;
    let mut valid = 0u64;
    let mut at_sum = 0u64;
    for round in 0..rounds {
        valid += simdutf8::basic::from_utf8(&text).is_ok() as u64;
        valid += simdutf8::basic::from_utf8(&log).is_ok() as u64;
        // corrupt one byte: where the error is reported depends on whether
        // it hit a lead byte, a continuation byte or ASCII
        let p = (r.next() % text.len() as u64) as usize;
        let old = text[p];
        text[p] = if old < 0x80 { 0x80 } else if old < 0xc0 { 0x41 } else { 0xff };
        match simdutf8::compat::from_utf8(&text) {
            Ok(_) => h = mix64(h, u64::MAX),
            Err(e) => {
                at_sum += e.valid_up_to() as u64;
                h = mix64(h, (e.valid_up_to() as u64) << 8 ^ e.error_len().unwrap_or(0) as u64 ^ round << 40);
            }
        }
        text[p] = old;
    }
    println!(
        "utf8 text={} (ascii {}) log={} rounds={} valid={} errors_at_sum={} checksum={:016x} self-test ok",
        text.len(),
        ascii,
        log.len(),
        rounds,
        valid,
        at_sum,
        h
    );
}
