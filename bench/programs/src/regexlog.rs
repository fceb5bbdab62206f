//! regexlog.rs - searching a server log with the regex crate (1.7.1, with
//! regex-syntax 0.6.27, aho-corasick 0.7.19 and memchr 2.5.0: Rust's
//! standard regular-expression engine, used by ripgrep, cargo, rustc, ...):
//! a lazy DFA, a bounded backtracker and a Pike VM for captures, literal
//! prefilters, all built of small functions called per byte, per state or
//! per match; no SIMD (memchr and aho-corasick run their portable code on
//! both sides).
//! Exercises: direct calls of small functions in tight loops, byte-class
//! table lookups, Vec-based state sets, Option/Result-heavy code.
//! Workload: a generated 2 MiB log (timestamps, levels, e-mail addresses,
//! IPv4 addresses, HTTP requests, durations, Unicode words); each round
//! counts e-mails, captures every IPv4 address and timestamp, finds
//! case-insensitive keywords (with Unicode word boundaries, which the lazy
//! DFA cannot do: the Pike VM runs over the whole log, about 40% of the
//! time), tests every line against a RegexSet of 8 patterns and a per-line
//! regex, and replaces every number in a quarter of the log; default 6
//! rounds.
//! kilnbench-crates: memchr-2.5.0 aho-corasick-0.7.19 regex-syntax-0.6.27 regex-1.7.1
use regex::{Regex, RegexSet};

// Rng (splitmix64, as in common.h), mix64 and bench_arg, shared by the Rust
// programs.
include!("prng.rs.in");

const USERS: [&str; 12] = [
    "alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy", "mallory", "niaj",
];
const DOMAINS: [&str; 5] = ["example.com", "kiln.dev", "mail.example.org", "corp.internal", "xn--bcher-kva.de"];
const LEVELS: [&str; 5] = ["DEBUG", "INFO", "INFO", "WARN", "ERROR"];
const PATHS: [&str; 8] = [
    "/api/v1/items", "/api/v1/users", "/static/app.js", "/login", "/api/v2/search", "/health", "/metrics",
    "/docs/guide.html",
];
const WORDS: [&str; 24] = [
    "request", "handled", "cache", "miss", "hit", "retry", "timeout", "connection", "refused", "upstream",
    "compiled", "module", "instance", "trap", "memory", "grow", "Größe", "données", "ошибка", "数据",
    "timeout", "Error", "slow", "queue",
];

/// What the log holds, counted while generating it, to check the matches.
struct Log {
    text: String,
    lines: u64,
    emails: u64,
    ips: u64,
}

fn make_log(len: usize, r: &mut Rng) -> Log {
    let mut t = String::with_capacity(len + 256);
    let (mut lines, mut emails, mut ips) = (0, 0, 0);
    let mut secs = 1_700_000_000u64;
    while t.len() < len {
        secs += r.below(3);
        let (d, s) = (secs / 86400, secs % 86400);
        t.push_str(&format!(
            "2026-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z {:5} [worker-{}] ",
            1 + d % 12,
            1 + d % 28,
            s / 3600,
            s / 60 % 60,
            s % 60,
            r.below(1000),
            LEVELS[r.below(LEVELS.len() as u64) as usize],
            r.below(16)
        ));
        if r.below(3) != 0 {
            let u = USERS[r.below(USERS.len() as u64) as usize];
            let dom = DOMAINS[r.below(DOMAINS.len() as u64) as usize];
            if r.below(4) == 0 {
                t.push_str(&format!("user={}.{}+tag@{} ", u, r.below(100), dom));
            } else {
                t.push_str(&format!("user={}@{} ", u, dom));
            }
            emails += 1;
        }
        if r.below(2) == 0 {
            t.push_str(&format!(
                "ip={}.{}.{}.{} ",
                1 + r.below(254),
                r.below(256),
                r.below(256),
                1 + r.below(254)
            ));
            ips += 1;
        }
        let status = [200, 200, 200, 201, 204, 301, 304, 400, 404, 500, 502, 503][r.below(12) as usize];
        t.push_str(&format!(
            "GET {}/{}?page={}&sort=desc status={} {}ms msg=\"",
            PATHS[r.below(PATHS.len() as u64) as usize],
            r.below(10000),
            r.below(50),
            status,
            r.below(5000)
        ));
        let n = 2 + r.below(10);
        for i in 0..n {
            if i > 0 {
                t.push(' ');
            }
            t.push_str(WORDS[r.below(WORDS.len() as u64) as usize]);
        }
        t.push_str("\"\n");
        lines += 1;
    }
    Log { text: t, lines, emails, ips }
}

fn main() {
    let rounds = bench_arg(6);
    let mut r = Rng(0x7265676578);
    let log = make_log(2 << 20, &mut r);
    let text = log.text.as_str();

    let email = Regex::new(r"[\w.+-]+@[\w-]+(\.[\w-]+)+").unwrap();
    let ipv4 = Regex::new(r"(?-u:\b)(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?-u:\b)").unwrap();
    let stamp = Regex::new(r"(?m)^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.\d+Z (\w+)").unwrap();
    let keywords = Regex::new(r"(?i)\b(?:error|timeout|refused|trap|ошибка)\b").unwrap();
    let slow_error = Regex::new(r"^\S+ (?:ERROR|WARN) .*status=5\d\d (\d{4,})ms").unwrap();
    let number = Regex::new(r"\d+").unwrap();
    let set = RegexSet::new(&[
        r"status=[45]\d\d",
        r"user=\w+\.\d+\+tag@",
        r"/api/v[12]/\w+/\d+",
        r"[^\x00-\x7F]",
        r"(?i)cache (?:hit|miss)",
        r"\[worker-1[0-5]\]",
        r"ip=10\.",
        r"\d{4}ms",
    ])
    .unwrap();

    // check the matchers once against what was generated
    let (e, i) = (email.find_iter(text).count() as u64, ipv4.captures_iter(text).count() as u64);
    let l = stamp.captures_iter(text).count() as u64;
    if (e, i, l) != (log.emails, log.ips, log.lines) {
        println!(
            "regexlog self-test FAILED: {} e-mails, {} IPv4 addresses, {} lines found; {}, {}, {} generated",
            e, i, l, log.emails, log.ips, log.lines
        );
        std::process::exit(1);
    }

    let mut h = 0u64;
    let mut sets = [0u64; 8];
    let (mut kw, mut slow, mut octets, mut minutes, mut replaced) = (0u64, 0u64, 0u64, 0u64, 0u64);
    for round in 0..rounds {
        h = mix64(h, email.find_iter(text).count() as u64);
        for c in ipv4.captures_iter(text) {
            for g in 1..5 {
                octets += c[g].parse::<u64>().unwrap();
            }
        }
        for c in stamp.captures_iter(text) {
            minutes += c[4].parse::<u64>().unwrap() * 60 + c[5].parse::<u64>().unwrap();
            h = mix64(h, c.get(7).unwrap().as_str().len() as u64);
        }
        kw += keywords.find_iter(text).count() as u64;
        for line in text.lines() {
            for m in set.matches(line).iter() {
                sets[m] += 1;
            }
            if let Some(c) = slow_error.captures(line) {
                slow += c[1].parse::<u64>().unwrap();
            }
        }
        // every round replaces in a different window of the log
        let start = (round as usize * 104729) % (text.len() / 2);
        let start = text[start..].find('\n').map_or(0, |p| start + p + 1);
        let end = start + text[start + text.len() / 4..].find('\n').map_or(0, |p| text.len() / 4 + p);
        replaced += number.replace_all(&text[start..end], "#").len() as u64;
    }
    h = mix64(h, kw);
    h = mix64(h, slow);
    h = mix64(h, octets);
    h = mix64(h, minutes);
    h = mix64(h, replaced);
    for s in sets {
        h = mix64(h, s);
    }
    let list: Vec<String> = sets.iter().map(|c| c.to_string()).collect();
    println!(
        "regexlog bytes={} lines={} rounds={} emails={} ips={} keywords={} slow_ms={} set={} replaced={} checksum={:016x}",
        text.len(),
        log.lines,
        rounds,
        log.emails,
        log.ips,
        kw,
        slow,
        list.join(","),
        replaced,
        h
    );
}
