//! hashset.rs - Rust's standard collections under a PRNG-generated stream
//! of keys: HashSet<u64> and HashMap<String, u32> (std's SwissTable,
//! hashbrown, with SipHash-1-3; fixed keys, so every run hashes alike) and
//! BTreeMap<u64, u64> (B-tree nodes of 11 keys), with no crate besides std.
//! Generic code monomorphized into many small functions: hashing a key is a
//! chain of Hasher::write calls, a probe compares control bytes a group at
//! a time (8 bytes at a time in Wasm; natively std is built with SSE2 and
//! compares 16), a B-tree search walks nodes with a linear scan.
//! Exercises: small-function calls, 64-bit multiplies and rotates, short
//! memcmp, malloc/free of strings and tree nodes, unpredictable branches.
//! Workload: 2.4 M operations on a set drawn from 400,000 keys (insert,
//! lookup, remove), 1.2 M word counts over 60,000 distinct words, 1.2 M
//! operations on a B-tree of up to 200,000 keys (insert, get, range sums,
//! remove), per round; default 3 rounds.
use std::collections::hash_map::DefaultHasher;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::hash::BuildHasherDefault;

// Rng (splitmix64, as in common.h), mix64 and bench_arg, shared by the Rust
// programs.
include!("prng.rs.in");

/// SipHash-1-3 with zero keys: std's hasher without RandomState's
/// per-process keys.
type Fixed = BuildHasherDefault<DefaultHasher>;

const SYLLABLES: [&str; 16] = [
    "ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "ve", "da", "gu", "shi", "an", "el", "or", "th",
];

fn set_ops(r: &mut Rng, ops: u64) -> u64 {
    let mut s: HashSet<u64, Fixed> = HashSet::default();
    let (mut hits, mut removed) = (0u64, 0u64);
    for _ in 0..ops {
        // keys spread over 64 bits, from a universe of 400,000
        let k = mix64(0, r.below(400_000));
        match r.below(8) {
            0..=2 => {
                s.insert(k);
            }
            3..=6 => hits += s.contains(&k) as u64,
            _ => removed += s.remove(&k) as u64,
        }
    }
    mix64(mix64(hits, removed), s.len() as u64)
}

fn word(r: &mut Rng, buf: &mut String) {
    buf.clear();
    // 60,000 distinct words of 1 to 4 syllables, skewed towards a few
    let m = 1 + r.below(60_000);
    let w = r.below(m);
    let mut x = mix64(7, w);
    for _ in 0..1 + (x & 3) {
        x >>= 4;
        buf.push_str(SYLLABLES[(x & 15) as usize]);
    }
    buf.push_str(&w.to_string());
}

fn word_counts(r: &mut Rng, n: u64) -> u64 {
    let mut m: HashMap<String, u32, Fixed> = HashMap::default();
    let mut buf = String::new();
    for _ in 0..n {
        word(r, &mut buf);
        if let Some(c) = m.get_mut(buf.as_str()) {
            *c += 1;
        } else {
            m.insert(buf.clone(), 1);
        }
    }
    let (mut h, mut top) = (m.len() as u64, 0u32);
    for (k, &c) in &m {
        // order-independent: iteration order is the table's
        h = h.wrapping_add(mix64(k.len() as u64, c as u64));
        top = top.max(c);
    }
    mix64(h, top as u64)
}

fn btree_ops(r: &mut Rng, ops: u64) -> u64 {
    let mut t: BTreeMap<u64, u64> = BTreeMap::new();
    let mut h = 0u64;
    for i in 0..ops {
        let k = r.below(200_000);
        match r.below(16) {
            0..=6 => {
                t.insert(k, i);
            }
            7..=11 => h = h.wrapping_add(t.get(&k).copied().unwrap_or(1)),
            12 => h = h.wrapping_add(t.range(k..k + 64).map(|(a, b)| a ^ b).fold(0, u64::wrapping_add)),
            _ => h = h.wrapping_add(t.remove(&k).unwrap_or(3)),
        }
    }
    let first = t.iter().next().map_or(0, |(k, _)| *k);
    mix64(mix64(h, t.len() as u64), first)
}

fn main() {
    let rounds = bench_arg(3);
    let mut r = Rng(0x68617368736574);
    let mut h = 0u64;
    for _ in 0..rounds {
        h = mix64(h, set_ops(&mut r, 2_400_000));
        h = mix64(h, word_counts(&mut r, 1_200_000));
        h = mix64(h, btree_ops(&mut r, 1_200_000));
    }
    println!("hashset rounds={} checksum={:016x}", rounds, h);
}
