// Command gobig is the large real program of Kiln's benchmark suite: a Go
// program built with GOOS=wasip1 GOARCH=wasm that pulls in much of the
// standard library, does a little deterministic work with each package and
// prints one checksum line per package. It is used for the compile-speed
// figure (its module is 10+ MB) and for start-up of a large module: its
// first line is written, unbuffered, as main starts, so that the time to it
// is the start-up (the runtime's, then Go's with every package's init)
// apart from the program's work.
//
// It lives in its own Go module (bench/programs/gobig/go.mod) so that the
// bench module's `go vet ./...` on linux/amd64 does not build it. Build:
//
//	cd bench/programs/gobig && GOOS=wasip1 GOARCH=wasm go build -o ../wasm/gobig.wasm .
package main

import (
	"archive/tar"
	"archive/zip"
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/lzw"
	"compress/zlib"
	"container/heap"
	"crypto/aes"
	"crypto/cipher"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/hmac"
	"crypto/md5"
	"crypto/rsa"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/x509"
	"crypto/x509/pkix"
	"database/sql"
	"debug/dwarf"
	"debug/elf"
	"encoding/asn1"
	"encoding/base32"
	"encoding/base64"
	"encoding/csv"
	"encoding/gob"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"encoding/xml"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"go/types"
	"hash/crc32"
	"hash/crc64"
	"hash/fnv"
	htmltemplate "html/template"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"io"
	"log/slog"
	"math/big"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/mail"
	"net/url"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"text/template"
	"time"
	"unicode"
	"unicode/utf16"
)

var out = bufio.NewWriter(os.Stdout)

func report(name string, data []byte) {
	fmt.Fprintf(out, "%-10s %08x %d\n", name, crc32.ChecksumIEEE(data), len(data))
}

type record struct {
	ID    int               `json:"id" xml:"id,attr"`
	Name  string            `json:"name" xml:"name"`
	Tags  []string          `json:"tags" xml:"tag"`
	Score float64           `json:"score" xml:"score"`
	Attrs map[string]string `json:"attrs,omitempty" xml:"-"`
}

func records(n int) []record {
	rs := make([]record, n)
	for i := range rs {
		rs[i] = record{ID: i, Name: "item-" + strconv.Itoa(i*7919%1000), Tags: []string{"a" + strconv.Itoa(i%5), "b" + strconv.Itoa(i%3)},
			Score: float64(i*37%101) / 7, Attrs: map[string]string{"k": strconv.Itoa(i)}}
	}
	return rs
}

type intHeap []int

func (h intHeap) Len() int           { return len(h) }
func (h intHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h intHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *intHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *intHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// detRand is a deterministic io.Reader for the crypto key generation.
type detRand struct{ s uint64 }

func (r *detRand) Read(p []byte) (int, error) {
	for i := range p {
		r.s = r.s*6364136223846793005 + 1442695040888963407
		p[i] = byte(r.s >> 56)
	}
	return len(p), nil
}

const goSrc = `package demo

import "fmt"

// Sum adds numbers.
func Sum(xs ...int) (t int) { for _, x := range xs { t += x }; return }

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }
`

func main() {
	os.Stdout.WriteString("gobig\n")
	defer out.Flush()
	rs := records(200)

	// encoding/json
	js, err := json.Marshal(rs)
	check(err)
	var back []record
	check(json.Unmarshal(js, &back))
	report("json", js)

	// encoding/xml
	xs, err := xml.MarshalIndent(rs[:50], "", " ")
	check(err)
	report("xml", xs)

	// encoding/gob, csv, base32/64, hex, asn1, pem
	var gb bytes.Buffer
	check(gob.NewEncoder(&gb).Encode(rs[:20]))
	report("gob", []byte(fmt.Sprint(gb.Len() > 0)))
	var cb bytes.Buffer
	cw := csv.NewWriter(&cb)
	for _, r := range rs {
		check(cw.Write([]string{strconv.Itoa(r.ID), r.Name, strconv.FormatFloat(r.Score, 'f', 3, 64)}))
	}
	cw.Flush()
	report("csv", cb.Bytes())
	report("base64", []byte(base64.StdEncoding.EncodeToString(js[:999])+base32.StdEncoding.EncodeToString(js[:500])+hex.EncodeToString(js[:100])))
	a1, err := asn1.Marshal(struct {
		A int
		B string
	}{42, "kiln"})
	check(err)
	report("asn1", pem.EncodeToMemory(&pem.Block{Type: "DATA", Bytes: a1}))

	// text/template and html/template
	tt := template.Must(template.New("t").Funcs(template.FuncMap{"up": strings.ToUpper}).Parse(
		"{{range .}}{{.ID}}:{{up .Name}}{{range .Tags}} #{{.}}{{end}}\n{{end}}"))
	var tb bytes.Buffer
	check(tt.Execute(&tb, rs[:60]))
	report("template", tb.Bytes())
	ht := htmltemplate.Must(htmltemplate.New("h").Parse(`<ul>{{range .}}<li title="{{.Name}}">{{.Name}} &amp; <script>var x = {{.Score}};</script></li>{{end}}</ul>`))
	var hb bytes.Buffer
	check(ht.Execute(&hb, rs[:40]))
	report("htmltmpl", hb.Bytes())

	// regexp
	re := regexp.MustCompile(`item-(\d+)".*?"tags":\["(a\d)`)
	ms := re.FindAllSubmatch(js, -1)
	var rb bytes.Buffer
	for _, m := range ms {
		rb.Write(m[1])
		rb.Write(m[2])
	}
	report("regexp", append(rb.Bytes(), re.ReplaceAll(js[:2000], []byte("<$1>"))...))

	// compress/*
	var zb bytes.Buffer
	gz, _ := gzip.NewWriterLevel(&zb, gzip.BestCompression)
	gz.ModTime = time.Unix(0, 0)
	_, _ = gz.Write(bytes.Repeat(js, 4))
	check(gz.Close())
	gr, err := gzip.NewReader(bytes.NewReader(zb.Bytes()))
	check(err)
	un, err := io.ReadAll(gr)
	check(err)
	report("gzip", append(zb.Bytes(), byte(len(un)%251)))
	var fb, lb, zlb bytes.Buffer
	fw, _ := flate.NewWriter(&fb, 5)
	_, _ = fw.Write(xs)
	check(fw.Close())
	lw := lzw.NewWriter(&lb, lzw.LSB, 8)
	_, _ = lw.Write(xs)
	check(lw.Close())
	zw := zlib.NewWriter(&zlb)
	_, _ = zw.Write(cb.Bytes())
	check(zw.Close())
	report("flate+", append(append(fb.Bytes(), lb.Bytes()...), zlb.Bytes()...))

	// archive/tar and archive/zip
	var tarb bytes.Buffer
	tw := tar.NewWriter(&tarb)
	for i := 0; i < 5; i++ {
		body := js[i*100 : i*100+100]
		check(tw.WriteHeader(&tar.Header{Name: fmt.Sprintf("f%d.json", i), Mode: 0o644, Size: int64(len(body)), ModTime: time.Unix(1e9, 0)}))
		_, _ = tw.Write(body)
	}
	check(tw.Close())
	var zipb bytes.Buffer
	zwr := zip.NewWriter(&zipb)
	for i := 0; i < 5; i++ {
		h := &zip.FileHeader{Name: fmt.Sprintf("f%d.xml", i), Method: zip.Deflate}
		h.Modified = time.Unix(1e9, 0).UTC()
		w, err := zwr.CreateHeader(h)
		check(err)
		_, _ = w.Write(xs[i*200 : i*200+200])
	}
	check(zwr.Close())
	report("archive", append(tarb.Bytes(), zipb.Bytes()...))

	// crypto hashes, hmac, aes-gcm
	s256 := sha256.Sum256(js)
	s512 := sha512.Sum512(js)
	s1 := sha1.Sum(js)
	m5 := md5.Sum(js)
	mac := hmac.New(sha256.New, []byte("key"))
	mac.Write(xs)
	blk, err := aes.NewCipher(s256[:16])
	check(err)
	gcm, err := cipher.NewGCM(blk)
	check(err)
	sealed := gcm.Seal(nil, s512[:12], js[:4096], nil)
	hs := append(append(append(append(s256[:], s512[:]...), s1[:]...), m5[:]...), mac.Sum(nil)...)
	report("crypto", append(hs, sealed...))

	// ed25519 (deterministic), x509 parsing of a generated certificate, big ints
	seed := sha256.Sum256([]byte("kiln"))
	priv := ed25519.NewKeyFromSeed(seed[:])
	sig := ed25519.Sign(priv, js[:1000])
	pub := priv.Public().(ed25519.PublicKey)
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(42), Subject: pkix.Name{CommonName: "kiln.example"},
		NotBefore: time.Unix(1e9, 0), NotAfter: time.Unix(2e9, 0), DNSNames: []string{"kiln.example"}}
	der, err := x509.CreateCertificate(&detRand{1}, tmpl, tmpl, pub, priv)
	check(err)
	cert, err := x509.ParseCertificate(der)
	check(err)
	report("x509", append(append(sig, der...), []byte(cert.Subject.CommonName)...))
	_ = ecdsa.PublicKey{Curve: elliptic.P256()}
	_ = rsa.PublicKey{N: big.NewInt(3233), E: 17}
	f := new(big.Int).MulRange(1, 300)
	p := new(big.Int).Exp(big.NewInt(2), big.NewInt(521), nil)
	p.Sub(p, big.NewInt(1))
	report("bigint", []byte(f.String()+fmt.Sprint(p.ProbablyPrime(10))))

	// go/parser, go/ast, go/types, go/format
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "demo.go", goSrc, parser.ParseComments)
	check(err)
	var idents []string
	ast.Inspect(file, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			idents = append(idents, id.Name)
		}
		return true
	})
	conf := types.Config{Importer: nil, Error: func(error) {}}
	info := &types.Info{Defs: map[*ast.Ident]types.Object{}}
	_, _ = conf.Check("demo", fset, []*ast.File{file}, info)
	var defs []string
	for id, obj := range info.Defs {
		if obj != nil {
			defs = append(defs, id.Name+":"+obj.Type().String())
		}
	}
	sort.Strings(defs)
	var gf bytes.Buffer
	check(format.Node(&gf, fset, file))
	report("go/*", []byte(strings.Join(idents, ",")+strings.Join(defs, ";")+gf.String()))

	// images
	img := image.NewRGBA(image.Rect(0, 0, 96, 64))
	for y := 0; y < 64; y++ {
		for x := 0; x < 96; x++ {
			img.Set(x, y, color.RGBA{uint8(x * 2), uint8(y * 4), uint8(x ^ y), 255})
		}
	}
	var pb, jb, gfb bytes.Buffer
	check(png.Encode(&pb, img))
	check(jpeg.Encode(&jb, img, &jpeg.Options{Quality: 80}))
	check(gif.Encode(&gfb, img, &gif.Options{NumColors: 64}))
	di, err := png.Decode(bytes.NewReader(pb.Bytes()))
	check(err)
	report("image", append(append(append(pb.Bytes(), jb.Bytes()...), gfb.Bytes()...), byte(di.Bounds().Dx())))

	// net/http through httptest (in-memory, no sockets), url, mail, multipart
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]any{"path": r.URL.Path, "q": r.URL.Query().Get("q")})
	})
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/api/items?q=kiln", nil))
	u, err := url.Parse("https://user@kiln.example:8443/a/b?x=1&y=2#frag")
	check(err)
	addr, err := mail.ParseAddress("Kiln Bench <bench@kiln.example>")
	check(err)
	var mb bytes.Buffer
	mw := multipart.NewWriter(&mb)
	check(mw.SetBoundary("kilnboundary"))
	pw, _ := mw.CreateFormField("field")
	_, _ = pw.Write([]byte("value"))
	check(mw.Close())
	report("net", []byte(rec.Body.String()+u.Hostname()+u.Query().Encode()+addr.Address+mb.String()))

	// log/slog, text/tabwriter, container/heap, unicode, hashes, debug/elf, sql
	var sb bytes.Buffer
	lg := slog.New(slog.NewJSONHandler(&sb, &slog.HandlerOptions{ReplaceAttr: func(g []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}}))
	for i := 0; i < 20; i++ {
		lg.Info("event", "i", i, "name", rs[i].Name)
	}
	var tabb bytes.Buffer
	tw2 := tabwriter.NewWriter(&tabb, 4, 8, 1, ' ', 0)
	for _, r := range rs[:30] {
		fmt.Fprintf(tw2, "%d\t%s\t%.2f\n", r.ID, r.Name, r.Score)
	}
	check(tw2.Flush())
	hp := &intHeap{}
	for i := 0; i < 1000; i++ {
		heap.Push(hp, i*7919%1009)
	}
	var hv []byte
	for hp.Len() > 0 {
		hv = strconv.AppendInt(hv, int64(heap.Pop(hp).(int)), 10)
	}
	up := 0
	for _, r := range string(hb.Bytes()) {
		if unicode.IsUpper(r) {
			up++
		}
	}
	fh := fnv.New64a()
	fh.Write(js)
	c64 := crc64.Checksum(js, crc64.MakeTable(crc64.ECMA))
	_, elfErr := elf.NewFile(bytes.NewReader(js[:64]))
	_ = dwarf.ErrUnknownPC
	_ = sql.ErrNoRows
	misc := fmt.Sprint(up, fh.Sum64(), c64, elfErr != nil, utf16.Encode([]rune("kiln✓")))
	report("misc", append(append(append(sb.Bytes(), tabb.Bytes()...), hv...), misc...))
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "gobig:", err)
		out.Flush()
		os.Exit(1)
	}
}
