// json: a JSON transform. The request body is a JSON value; the response
// (application/json) is
//
//	{"result": VALUE, "strings": S, "numbers": N}
//
// where VALUE is the input with every string value (not object keys)
// upper-cased (ASCII letters only), numbers kept as written, whitespace
// removed; S and N count the string values and numbers. Invalid JSON, or
// nesting deeper than 64, gets "Status: 400 Bad Request" and
// {"error": "..."}. Only the standard library: the parser is written here.
use std::io::{Read, Write};

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
    out: Vec<u8>,
    strings: u64,
    numbers: u64,
}

type R = Result<(), &'static str>;

impl<'a> Parser<'a> {
    fn ws(&mut self) {
        while self.i < self.s.len() && matches!(self.s[self.i], b' ' | b'\t' | b'\n' | b'\r') {
            self.i += 1;
        }
    }
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }
    fn lit(&mut self, w: &'static [u8]) -> R {
        if self.s[self.i..].starts_with(w) {
            self.out.extend_from_slice(w);
            self.i += w.len();
            Ok(())
        } else {
            Err("invalid literal")
        }
    }
    fn string(&mut self, upper: bool) -> R {
        let start = self.i;
        self.i += 1; // opening quote
        loop {
            match self.peek() {
                None => return Err("unterminated string"),
                Some(b'"') => break,
                Some(c) if c < 0x20 => return Err("control character in string"),
                Some(b'\\') => {
                    self.i += 1;
                    match self.peek() {
                        Some(b'u') => {
                            for k in 1..=4 {
                                match self.s.get(self.i + k) {
                                    Some(c) if c.is_ascii_hexdigit() => {}
                                    _ => return Err("invalid \\u escape"),
                                }
                            }
                            self.i += 5;
                        }
                        Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => self.i += 1,
                        _ => return Err("invalid escape"),
                    }
                }
                Some(_) => self.i += 1,
            }
        }
        self.i += 1; // closing quote
        let raw = &self.s[start..self.i];
        if !upper {
            self.out.extend_from_slice(raw);
            return Ok(());
        }
        self.strings += 1;
        let mut k = 0;
        while k < raw.len() {
            let c = raw[k];
            if c == b'\\' {
                let n = if raw[k + 1] == b'u' { 6 } else { 2 };
                self.out.extend_from_slice(&raw[k..k + n]);
                k += n;
                continue;
            }
            self.out.push(c.to_ascii_uppercase());
            k += 1;
        }
        Ok(())
    }
    fn digits(&mut self) -> usize {
        let s = self.i;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.i += 1;
        }
        self.i - s
    }
    fn number(&mut self) -> R {
        let start = self.i;
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        match self.peek() {
            Some(b'0') => self.i += 1,
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return Err("invalid number"),
        }
        if self.peek() == Some(b'.') {
            self.i += 1;
            if self.digits() == 0 {
                return Err("invalid number");
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.i += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.i += 1;
            }
            if self.digits() == 0 {
                return Err("invalid number");
            }
        }
        self.out.extend_from_slice(&self.s[start..self.i]);
        self.numbers += 1;
        Ok(())
    }
    fn value(&mut self, depth: u32) -> R {
        if depth > 64 {
            return Err("nested too deeply");
        }
        self.ws();
        match self.peek() {
            None => Err("unexpected end of input"),
            Some(b'{') => {
                self.i += 1;
                self.out.push(b'{');
                self.ws();
                if self.peek() == Some(b'}') {
                    self.i += 1;
                    self.out.push(b'}');
                    return Ok(());
                }
                loop {
                    self.ws();
                    if self.peek() != Some(b'"') {
                        return Err("expected a key");
                    }
                    self.string(false)?;
                    self.ws();
                    if self.peek() != Some(b':') {
                        return Err("expected ':'");
                    }
                    self.i += 1;
                    self.out.push(b':');
                    self.value(depth + 1)?;
                    self.ws();
                    match self.peek() {
                        Some(b',') => {
                            self.i += 1;
                            self.out.push(b',');
                        }
                        Some(b'}') => {
                            self.i += 1;
                            self.out.push(b'}');
                            return Ok(());
                        }
                        _ => return Err("expected ',' or '}'"),
                    }
                }
            }
            Some(b'[') => {
                self.i += 1;
                self.out.push(b'[');
                self.ws();
                if self.peek() == Some(b']') {
                    self.i += 1;
                    self.out.push(b']');
                    return Ok(());
                }
                loop {
                    self.value(depth + 1)?;
                    self.ws();
                    match self.peek() {
                        Some(b',') => {
                            self.i += 1;
                            self.out.push(b',');
                        }
                        Some(b']') => {
                            self.i += 1;
                            self.out.push(b']');
                            return Ok(());
                        }
                        _ => return Err("expected ',' or ']'"),
                    }
                }
            }
            Some(b'"') => self.string(true),
            Some(b't') => self.lit(b"true"),
            Some(b'f') => self.lit(b"false"),
            Some(b'n') => self.lit(b"null"),
            Some(_) => self.number(),
        }
    }
}

fn main() {
    let mut input = Vec::new();
    let _ = std::io::stdin().read_to_end(&mut input);
    let mut p = Parser { s: &input, i: 0, out: Vec::new(), strings: 0, numbers: 0 };
    let mut res = p.value(0);
    if res.is_ok() {
        p.ws();
        if p.i != input.len() {
            res = Err("trailing data after the value");
        }
    }
    let out = std::io::stdout();
    let mut out = out.lock();
    match res {
        Err(e) => {
            let _ = write!(out, "Status: 400 Bad Request\nContent-Type: application/json\n\n{{\"error\":\"{}\"}}\n", e);
        }
        Ok(()) => {
            let _ = out.write_all(b"Content-Type: application/json\n\n{\"result\":");
            let _ = out.write_all(&p.out);
            let _ = write!(out, ",\"strings\":{},\"numbers\":{}}}\n", p.strings, p.numbers);
        }
    }
}
