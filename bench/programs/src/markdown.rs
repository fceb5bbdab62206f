//! markdown.rs - Markdown to HTML with the pulldown-cmark crate (0.9.2; the
//! CommonMark parser of rustdoc, mdBook, zola, ...): a pull parser built of
//! many small functions (the block scanners, the inline tree, the iterator
//! of events, the HTML writer and its escaping), most of them called per
//! line, per delimiter or per event; no SIMD (its optional SSE path is not
//! enabled; memchr runs its portable code on both sides).
//! Exercises: direct calls of small functions, Iterator::next chains, enum
//! matching, byte scanning, String growth.
//! Workload: 12 generated documents of 192 KiB each (headings, paragraphs
//! with emphasis, strong, code spans, links, reference links, images,
//! autolinks, entities and escapes, nested bulleted, ordered and task lists,
//! block quotes, fenced and indented code, tables, footnotes,
//! strikethrough), each rendered to HTML with html::push_html, every
//! extension on; default 36 rounds.
//! kilnbench-crates: memchr-2.5.0 bitflags-1.3.2 unicase-2.6.0 pulldown-cmark-0.9.2
use pulldown_cmark::{html, Event, Options, Parser, Tag};

// Rng (splitmix64, as in common.h), mix64 and bench_arg, shared by the Rust
// programs.
include!("prng.rs.in");

const WORDS: [&str; 40] = [
    "the", "of", "kiln", "wasm", "module", "compile", "function", "value", "stack", "memory", "table",
    "import", "export", "runtime", "engine", "native", "code", "branch", "loop", "register", "spill",
    "call", "return", "trap", "page", "bytes", "instance", "host", "a", "an", "to", "in", "and",
    "is", "for", "with", "on", "by", "fast", "small",
];

/// What a document holds, counted while generating it, to check the HTML.
#[derive(Default)]
struct Counts {
    headings: u64,
    items: u64,
    tables: u64,
    code_blocks: u64,
}

struct Gen<'a> {
    r: &'a mut Rng,
    out: String,
    c: Counts,
    refs: u64,
    notes: u64,
    after_list: bool, // after a list or code: an indented code block would continue it
    breaks: bool,     // line breaks allowed in inline text
}

impl<'a> Gen<'a> {
    fn word(&mut self) -> &'static str {
        // skewed: short function words more often
        let m = self.r.below(WORDS.len() as u64) + 1;
        let i = self.r.below(m);
        WORDS[i as usize]
    }

    /// Inline text of about n words with markup.
    fn inline(&mut self, n: u64) {
        for i in 0..n {
            if i > 0 {
                self.out.push(' ');
            }
            let w = self.word();
            match self.r.below(40) {
                0 => {
                    self.out.push('*');
                    self.out.push_str(w);
                    self.out.push('*')
                }
                1 => {
                    self.out.push_str("**");
                    self.out.push_str(w);
                    self.out.push(' ');
                    let w2 = self.word();
                    self.out.push_str(w2);
                    self.out.push_str("**")
                }
                2 => {
                    self.out.push('`');
                    self.out.push_str(w);
                    self.out.push_str("(x, y)`")
                }
                3 => {
                    let k = self.r.below(1000);
                    self.out.push_str(&format!("[{} {}](https://example.org/{}/{} \"title {}\")", w, k, w, k, k))
                }
                4 => {
                    let k = self.r.below(8);
                    self.out.push_str(&format!("[{}][ref{}]", w, k));
                    self.refs += 1
                }
                5 => self.out.push_str("&amp; &lt;tag&gt; &copy; &#x3C0;"),
                6 => {
                    self.out.push_str("~~");
                    self.out.push_str(w);
                    self.out.push_str("~~")
                }
                7 => self.out.push_str("<https://kiln.example/docs>"),
                8 => {
                    self.out.push_str(w);
                    self.out.push_str("\\*not\\* \"quoted\" it's -- ...")
                }
                9 => {
                    let k = self.r.below(100);
                    self.out.push_str(&format!("![{}](img/{}.png)", w, k));
                }
                10 if self.r.below(4) == 0 => {
                    self.notes += 1;
                    self.out.push_str(&format!("{}[^n{}]", w, self.notes % 4))
                }
                11 => {
                    self.out.push_str("_");
                    self.out.push_str(w);
                    self.out.push_str("_ <em>raw</em>")
                }
                _ => self.out.push_str(w),
            }
            if self.r.below(12) == 0 {
                self.out.push_str(if self.breaks && self.r.below(3) == 0 { ",\n" } else { "," });
            }
        }
    }

    fn paragraph(&mut self) {
        let n = 20 + self.r.below(60);
        self.inline(n);
        self.out.push_str(".\n\n");
    }

    fn list(&mut self, depth: usize) {
        let ordered = self.r.below(3) == 0;
        let task = !ordered && self.r.below(4) == 0;
        let n = 2 + self.r.below(6);
        for i in 0..n {
            for _ in 0..depth {
                self.out.push_str("    ");
            }
            if ordered {
                self.out.push_str(&format!("{}. ", i + 1));
            } else {
                self.out.push_str("- ");
            }
            if task {
                self.out.push_str(if self.r.below(2) == 0 { "[ ] " } else { "[x] " });
            }
            self.c.items += 1;
            let k = 3 + self.r.below(12);
            self.inline(k);
            self.out.push('\n');
            if depth < 2 && self.r.below(5) == 0 {
                self.list(depth + 1);
            }
        }
        if depth == 0 {
            self.out.push('\n');
        }
    }

    fn table(&mut self) {
        let cols = 2 + self.r.below(4);
        let rows = 2 + self.r.below(8);
        self.c.tables += 1;
        for row in 0..rows + 1 {
            self.out.push('|');
            for _ in 0..cols {
                self.out.push(' ');
                let k = 1 + self.r.below(3);
                self.inline(k);
                self.out.push_str(" |");
            }
            self.out.push('\n');
            if row == 0 {
                self.out.push('|');
                for c in 0..cols {
                    self.out.push_str(["---|", ":--|", "--:|", ":-:|"][(c % 4) as usize]);
                }
                self.out.push('\n');
            }
        }
        self.out.push('\n');
    }

    fn code(&mut self) {
        self.c.code_blocks += 1;
        let fenced = self.after_list || self.r.below(2) == 0;
        if fenced {
            self.out.push_str("```rust\n");
        }
        let n = 2 + self.r.below(10);
        for i in 0..n {
            if !fenced {
                self.out.push_str("    ");
            }
            let w = self.word();
            let k = self.r.below(64);
            self.out.push_str(&format!("let {}{} = f(&x[{}]) < 3 && y > 4; // <{}>\n", w, i, k, w));
        }
        if fenced {
            self.out.push_str("```\n");
        }
        self.out.push('\n');
    }

    fn document(&mut self, len: usize) {
        while self.out.len() < len {
            let kind = self.r.below(16);
            self.breaks = !matches!(kind, 0 | 1 | 6);
            match kind {
                0 | 1 => {
                    let level = 1 + self.r.below(3) as usize;
                    self.c.headings += 1;
                    self.out.push_str(&"#".repeat(level));
                    self.out.push(' ');
                    let k = 2 + self.r.below(6);
                    self.inline(k);
                    self.out.push_str("\n\n")
                }
                2 | 3 => self.list(0),
                4 => {
                    self.out.push_str("> ");
                    let k = 10 + self.r.below(30);
                    self.inline(k);
                    self.out.push_str("\n> \n> > nested ");
                    let k = 5 + self.r.below(10);
                    self.inline(k);
                    self.out.push_str("\n\n")
                }
                5 => self.code(),
                6 => self.table(),
                7 => self.out.push_str("* * *\n\n"),
                _ => self.paragraph(),
            }
            self.after_list = matches!(kind, 2 | 3 | 5);
        }
        for k in 0..8 {
            self.out.push_str(&format!("[ref{}]: https://example.com/ref/{} \"Reference {}\"\n", k, k, k));
        }
        for k in 0..4 {
            self.out.push_str(&format!("\n[^n{}]: Footnote {} with *emphasis*.\n", k, k));
        }
    }
}

/// A cheap checksum of a string's bytes, 8 at a time.
fn hash_bytes(mut h: u64, b: &[u8]) -> u64 {
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        h = mix64(h, u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]));
    }
    for &x in chunks.remainder() {
        h = mix64(h, x as u64);
    }
    h
}

fn main() {
    let rounds = bench_arg(36);
    let mut r = Rng(0x6d61726b646f776e);
    let mut docs = Vec::new();
    for _ in 0..12 {
        let mut g = Gen { r: &mut r, out: String::new(), c: Counts::default(), refs: 0, notes: 0, after_list: false, breaks: true };
        g.document(192 << 10);
        docs.push((g.out, g.c));
    }
    let opts = Options::all();

    // Check the parse once against what was generated.
    let mut total = 0usize;
    for (i, (d, c)) in docs.iter().enumerate() {
        total += d.len();
        let (mut headings, mut items, mut tables, mut code) = (0, 0, 0, 0);
        for ev in Parser::new_ext(d, opts) {
            if let Event::Start(t) = ev {
                match t {
                    Tag::Heading(..) => headings += 1,
                    Tag::Item => items += 1,
                    Tag::Table(_) => tables += 1,
                    Tag::CodeBlock(_) => code += 1,
                    _ => {}
                }
            }
        }
        if (headings, items, tables, code) != (c.headings, c.items, c.tables, c.code_blocks) {
            println!(
                "markdown self-test FAILED: document {}: {} headings, {} items, {} tables, {} code blocks parsed; {}, {}, {}, {} generated",
                i, headings, items, tables, code, c.headings, c.items, c.tables, c.code_blocks
            );
            std::process::exit(1);
        }
    }

    let mut h = 0u64;
    let mut html_bytes = 0u64;
    let mut out = String::new();
    for round in 0..rounds {
        for (i, (d, _)) in docs.iter().enumerate() {
            out.clear();
            html::push_html(&mut out, Parser::new_ext(d, opts));
            html_bytes += out.len() as u64;
            if round == 0 {
                h = hash_bytes(h, out.as_bytes());
            } else {
                h = mix64(h, out.len() as u64 ^ (i as u64) << 32);
            }
        }
    }
    let c = docs.iter().fold(Counts::default(), |a, (_, c)| Counts {
        headings: a.headings + c.headings,
        items: a.items + c.items,
        tables: a.tables + c.tables,
        code_blocks: a.code_blocks + c.code_blocks,
    });
    println!(
        "markdown docs={} bytes={} rounds={} headings={} items={} tables={} code={} html_bytes={} checksum={:016x}",
        docs.len(),
        total,
        rounds,
        c.headings,
        c.items,
        c.tables,
        c.code_blocks,
        html_bytes,
        h
    );
}
