// json: a JSON transform. The request body is a JSON value; the response
// (application/json) is
//
//	{"result": VALUE, "strings": S, "numbers": N}
//
// where VALUE is the input with every string value (not object keys)
// upper-cased (ASCII letters only), numbers kept as written, whitespace
// removed; S and N count the string values and numbers. Invalid JSON, or
// nesting deeper than 64, gets "Status: 400 Bad Request" and
// {"error": "..."}. The parser is written here: wasi-libc has no JSON.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *p, *end;
static char *out;
static size_t outlen, outcap;
static long nstrings, nnumbers;
static const char *err;

static void emit(const char *s, size_t n) {
	if (outlen + n > outcap) {
		outcap = (outlen + n) * 2 + 256;
		out = realloc(out, outcap);
		if (!out) {
			fputs("Status: 500 Internal Server Error\nContent-Type: text/plain\n\nout of memory\n", stdout);
			exit(0);
		}
	}
	memcpy(out + outlen, s, n);
	outlen += n;
}

static void ws(void) {
	while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
		p++;
}

static int lit(const char *s) {
	size_t n = strlen(s);
	if ((size_t)(end - p) < n || memcmp(p, s, n) != 0) {
		err = "invalid literal";
		return 0;
	}
	emit(s, n);
	p += n;
	return 1;
}

static int string(int upper) {
	const char *start = p++; // the opening quote
	while (p < end && *p != '"') {
		if ((unsigned char)*p < 0x20) {
			err = "control character in string";
			return 0;
		}
		if (*p == '\\') {
			p++;
			if (p >= end)
				break;
			if (*p == 'u') {
				for (int i = 1; i <= 4; i++)
					if (p + i >= end || !strchr("0123456789abcdefABCDEF", p[i]) || !p[i]) {
						err = "invalid \\u escape";
						return 0;
					}
				p += 4;
			} else if (!strchr("\"\\/bfnrt", *p) || !*p) {
				err = "invalid escape";
				return 0;
			}
		}
		p++;
	}
	if (p >= end) {
		err = "unterminated string";
		return 0;
	}
	p++; // closing quote
	size_t n = (size_t)(p - start), at = outlen;
	emit(start, n);
	if (upper) {
		// Upper-case letters outside escapes (an escape's letters stay).
		for (size_t i = at + 1; i < outlen - 1; i++) {
			if (out[i] == '\\') {
				i += out[i + 1] == 'u' ? 5 : 1;
				continue;
			}
			if (out[i] >= 'a' && out[i] <= 'z')
				out[i] -= 32;
		}
		nstrings++;
	}
	return 1;
}

static int number(void) {
	const char *s = p;
	if (p < end && *p == '-')
		p++;
	if (p < end && *p == '0')
		p++;
	else if (p < end && *p >= '1' && *p <= '9')
		while (p < end && *p >= '0' && *p <= '9')
			p++;
	else
		goto bad;
	if (p < end && *p == '.') {
		p++;
		if (p >= end || *p < '0' || *p > '9')
			goto bad;
		while (p < end && *p >= '0' && *p <= '9')
			p++;
	}
	if (p < end && (*p == 'e' || *p == 'E')) {
		p++;
		if (p < end && (*p == '+' || *p == '-'))
			p++;
		if (p >= end || *p < '0' || *p > '9')
			goto bad;
		while (p < end && *p >= '0' && *p <= '9')
			p++;
	}
	emit(s, (size_t)(p - s));
	nnumbers++;
	return 1;
bad:
	err = "invalid number";
	return 0;
}

static int value(int depth) {
	if (depth > 64) {
		err = "nested too deeply";
		return 0;
	}
	ws();
	if (p >= end) {
		err = "unexpected end of input";
		return 0;
	}
	switch (*p) {
	case '{':
		p++;
		emit("{", 1);
		ws();
		if (p < end && *p == '}') {
			p++;
			emit("}", 1);
			return 1;
		}
		for (;;) {
			ws();
			if (p >= end || *p != '"') {
				err = "expected a key";
				return 0;
			}
			if (!string(0))
				return 0;
			ws();
			if (p >= end || *p != ':') {
				err = "expected ':'";
				return 0;
			}
			p++;
			emit(":", 1);
			if (!value(depth + 1))
				return 0;
			ws();
			if (p < end && *p == ',') {
				p++;
				emit(",", 1);
				continue;
			}
			if (p < end && *p == '}') {
				p++;
				emit("}", 1);
				return 1;
			}
			err = "expected ',' or '}'";
			return 0;
		}
	case '[':
		p++;
		emit("[", 1);
		ws();
		if (p < end && *p == ']') {
			p++;
			emit("]", 1);
			return 1;
		}
		for (;;) {
			if (!value(depth + 1))
				return 0;
			ws();
			if (p < end && *p == ',') {
				p++;
				emit(",", 1);
				continue;
			}
			if (p < end && *p == ']') {
				p++;
				emit("]", 1);
				return 1;
			}
			err = "expected ',' or ']'";
			return 0;
		}
	case '"':
		return string(1);
	case 't':
		return lit("true");
	case 'f':
		return lit("false");
	case 'n':
		return lit("null");
	default:
		return number();
	}
}

int main(void) {
	size_t cap = 65536, len = 0;
	char *in = malloc(cap);
	size_t n;
	while (in && (n = fread(in + len, 1, cap - len, stdin)) > 0) {
		len += n;
		if (len == cap)
			in = realloc(in, cap *= 2);
	}
	if (!in) {
		fputs("Status: 500 Internal Server Error\nContent-Type: text/plain\n\nout of memory\n", stdout);
		return 0;
	}
	p = in;
	end = in + len;
	int ok = value(0);
	if (ok) {
		ws();
		if (p != end) {
			err = "trailing data after the value";
			ok = 0;
		}
	}
	if (!ok) {
		printf("Status: 400 Bad Request\nContent-Type: application/json\n\n{\"error\":\"%s\"}\n", err);
		return 0;
	}
	fputs("Content-Type: application/json\n\n{\"result\":", stdout);
	fwrite(out, 1, outlen, stdout);
	printf(",\"strings\":%ld,\"numbers\":%ld}\n", nstrings, nnumbers);
	return 0;
}
