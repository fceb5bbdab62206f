//! json.rs - JSON with the serde_json crate (1.0.87, on serde 1.0.152, itoa
//! and ryu: Rust's standard JSON library): a recursive-descent parser whose
//! every value goes through serde's Deserializer and Visitor traits,
//! monomorphized into many small functions, building serde_json::Value
//! trees (a map per object, a Vec per array, a String per string), and the
//! serializer back to text (itoa for integers, ryu for floats, escaping).
//! No derive macros (the typed document is a Vec of tuples, which serde
//! deserializes with its own generic impls); no SIMD.
//! Exercises: deep recursion through small functions, trait-generic code,
//! malloc/free of many small objects, BTreeMap inserts and lookups, string
//! escaping, integer and float parsing and printing.
//! Workload: a generated 1.6 MiB JSON document of 4,000 nested records
//! (objects, arrays, strings with escapes and non-ASCII text, integers,
//! floats, booleans, nulls) and a 0.7 MiB table of 12,000 rows (arrays
//! read as tuples); each round parses both, walks the tree, looks up 64
//! records by key and serializes the tree back (compact; pretty every
//! fourth round); default 32 rounds.
//! kilnbench-crates: serde-1.0.152 itoa-1.0.1 ryu-1.0.2 serde_json-1.0.87
use serde_json::{json, Map, Value};

// Rng (splitmix64, as in common.h), mix64 and bench_arg, shared by the Rust
// programs.
include!("prng.rs.in");

const NAMES: [&str; 10] = [
    "Ada", "Grace", "Linus", "Barbara", "Ken", "Margaret", "Dennis", "Frances", "Edsger", "Radia",
];
const TAGS: [&str; 12] = [
    "wasm", "aot", "jit", "wasi", "simd", "gc", "threads", "bulk-memory", "tail-call", "résumé", "日本",
    "ünïcödé",
];

fn string(r: &mut Rng) -> String {
    let mut s = String::new();
    let n = 1 + r.below(6);
    for i in 0..n {
        if i > 0 {
            s.push(' ');
        }
        s.push_str(TAGS[r.below(TAGS.len() as u64) as usize]);
        match r.below(16) {
            0 => s.push_str(" \"quoted\""),
            1 => s.push_str("\\path\\to"),
            2 => s.push_str("\ttab\nline"),
            3 => s.push('\u{1}'),
            _ => {}
        }
    }
    s
}

fn float(r: &mut Rng) -> f64 {
    // decimal numbers as people write them: a few digits after the point
    let digits = 1 + r.below(4) as i32;
    let v = (r.next() >> 40) as f64 / 10f64.powi(digits);
    if r.below(4) == 0 {
        -v
    } else {
        v
    }
}

fn record(id: u64, r: &mut Rng) -> Value {
    let mut history = Vec::new();
    for k in 0..r.below(8) {
        history.push(json!({"t": 1_700_000_000 + id * 100 + k, "v": float(r), "ok": r.below(5) != 0}));
    }
    let tags: Vec<Value> = (0..r.below(5)).map(|_| Value::String(TAGS[r.below(12) as usize].to_string())).collect();
    let mut m = Map::new();
    m.insert("id".to_string(), json!(id));
    m.insert("name".to_string(), json!(format!("{} {}", NAMES[r.below(10) as usize], id)));
    m.insert(
        "email".to_string(),
        json!(format!("{}.{}@example.com", NAMES[r.below(10) as usize].to_lowercase(), r.below(1000))),
    );
    m.insert("score".to_string(), json!(float(r)));
    m.insert("active".to_string(), json!(r.below(2) == 0));
    m.insert("parent".to_string(), if r.below(3) == 0 { Value::Null } else { json!(r.below(id + 1)) });
    m.insert("note".to_string(), json!(string(r)));
    m.insert("tags".to_string(), Value::Array(tags));
    m.insert("geo".to_string(), json!({"lat": float(r), "lon": float(r), "alt": r.below(9000) as i64 - 400}));
    m.insert("history".to_string(), Value::Array(history));
    if r.below(4) == 0 {
        m.insert("children".to_string(), json!([record_small(r), record_small(r)]));
    }
    Value::Object(m)
}

fn record_small(r: &mut Rng) -> Value {
    json!({"kind": TAGS[r.below(12) as usize], "size": r.below(1 << 20), "ratio": float(r), "flags": [r.below(2) == 0, null, r.below(100)]})
}

/// Statistics of a tree, one recursive walk.
#[derive(Default)]
struct Walk {
    nodes: u64,
    ints: u64,
    floats: u64,
    strings: u64,
    h: u64,
}

fn walk(v: &Value, w: &mut Walk) {
    w.nodes += 1;
    match v {
        Value::Null => w.h = mix64(w.h, 1),
        Value::Bool(b) => w.h = mix64(w.h, 2 + *b as u64),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                w.ints += 1;
                w.h = mix64(w.h, i as u64);
            } else {
                w.floats += 1;
                w.h = mix64(w.h, n.as_f64().unwrap().to_bits());
            }
        }
        Value::String(s) => {
            w.strings += 1;
            w.h = mix64(w.h, s.len() as u64);
        }
        Value::Array(a) => {
            for x in a {
                walk(x, w);
            }
        }
        Value::Object(m) => {
            for (k, x) in m {
                w.h = mix64(w.h, k.len() as u64);
                walk(x, w);
            }
        }
    }
}

fn main() {
    let rounds = bench_arg(32);
    let mut r = Rng(0x6a736f6e);
    let doc: Vec<Value> = (0..4000).map(|i| record(i, &mut r)).collect();
    let text = serde_json::to_string(&Value::Array(doc)).unwrap();
    let rows: Vec<(u64, String, f64, bool, Option<u32>)> = (0..12000)
        .map(|i| (i, string(&mut r), float(&mut r), r.below(2) == 0, if r.below(2) == 0 { None } else { Some(r.below(1000) as u32) }))
        .collect();
    let table = serde_json::to_string(&rows).unwrap();

    // round trips, checked once
    let v: Value = serde_json::from_str(&text).unwrap();
    let back: Vec<(u64, String, f64, bool, Option<u32>)> = serde_json::from_str(&table).unwrap();
    if serde_json::to_string(&v).unwrap() != text || back != rows {
        println!("json self-test FAILED: a round trip changed the document");
        std::process::exit(1);
    }

    let mut h = 0u64;
    let mut w = Walk::default();
    let (mut compact, mut pretty) = (0u64, 0u64);
    for round in 0..rounds {
        let v: Value = serde_json::from_str(&text).unwrap();
        w = Walk::default();
        walk(&v, &mut w);
        // look records up by key, as a program using the document would
        let a = v.as_array().unwrap();
        for k in 0..64 {
            let rec = &a[((round * 64 + k) * 7919 % a.len() as u64) as usize];
            let id = rec["id"].as_u64().unwrap();
            let lat = rec["geo"]["lat"].as_f64().unwrap();
            h = mix64(h, id ^ lat.to_bits() ^ rec["history"].as_array().map_or(0, |x| x.len() as u64));
        }
        compact += serde_json::to_string(&v).unwrap().len() as u64;
        if round % 4 == 0 {
            pretty += serde_json::to_string_pretty(&v).unwrap().len() as u64;
        }
        let t: Vec<(u64, String, f64, bool, Option<u32>)> = serde_json::from_str(&table).unwrap();
        let sum = t.iter().fold(0u64, |s, x| s.wrapping_add(x.0 ^ x.2.to_bits() ^ x.1.len() as u64 ^ x.4.unwrap_or(7) as u64));
        h = mix64(h, sum ^ w.h);
    }
    println!(
        "json bytes={} table_bytes={} rounds={} nodes={} ints={} floats={} strings={} compact={} pretty={} checksum={:016x}",
        text.len(),
        table.len(),
        rounds,
        w.nodes,
        w.ints,
        w.floats,
        w.strings,
        compact,
        pretty,
        h
    );
}
