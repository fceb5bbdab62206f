package main

import (
	"bufio"
	"io"
	"os"
	"strings"
)

// echo returns the request body verbatim, with the request's Content-Type,
// and reports the request's method, query and headers as response headers:
// X-Echo-Method, X-Echo-Query, and one Echo-NAME header per HTTP_NAME
// variable (HTTP_USER_AGENT becomes Echo-User-Agent).
func echo(out *bufio.Writer) {
	ct := os.Getenv("CONTENT_TYPE")
	if ct == "" {
		ct = "application/octet-stream"
	}
	out.WriteString("Content-Type: " + ct + "\n")
	out.WriteString("X-Echo-Method: " + os.Getenv("REQUEST_METHOD") + "\n")
	out.WriteString("X-Echo-Query: " + os.Getenv("QUERY_STRING") + "\n")
	for _, kv := range os.Environ() {
		k, v, _ := strings.Cut(kv, "=")
		name, ok := strings.CutPrefix(k, "HTTP_")
		if !ok {
			continue
		}
		words := strings.Split(strings.ToLower(name), "_")
		for i, w := range words {
			if w != "" {
				words[i] = strings.ToUpper(w[:1]) + w[1:]
			}
		}
		out.WriteString("Echo-" + strings.Join(words, "-") + ": " + v + "\n")
	}
	out.WriteString("\n")
	io.Copy(out, os.Stdin)
}
