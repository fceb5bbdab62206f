package main

import (
	"math/rand/v2"
	"net"
	"net/netip"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/sys/unix"
)

func TestListenAddr(t *testing.T) {
	for _, s := range []string{"1.2.3.4", "0.0.0.0", "255.255.255.255"} {
		sa, err := listenAddr(s + ":80")
		if sa4, ok := sa.(*unix.SockaddrInet4); err != nil || !ok || net.IP(sa4.Addr[:]).String() != s || sa4.Port != 80 {
			t.Errorf("listenAddr(%q) = %v, %v", s+":80", sa, err)
		}
	}
	for _, s := range []string{"", "1.2.3", "1.2.3.4.5", "256.1.1.1", "01.2.3.4", "a.b.c.d", "1..2.3", "-1.2.3.4", "::1"} {
		if sa, err := listenAddr(s + ":80"); err == nil && s != "" {
			t.Errorf("listenAddr(%q) accepted: %v", s+":80", sa)
		}
	}
	for _, s := range []string{"::", "::1", "1::", "fe80::1:2", "2001:db8:0:0:0:0:2:1", "1:2:3:4:5:6:7:8", "::ffff:1.2.3.4", "1:2:3:4:5:6:1.2.3.4", "A:b::C"} {
		sa, err := listenAddr("[" + s + "]:443")
		sa6, ok := sa.(*unix.SockaddrInet6)
		if err != nil || !ok || !net.IP(sa6.Addr[:]).Equal(net.ParseIP(s)) || sa6.Port != 443 {
			t.Errorf("listenAddr([%s]:443) = %v, %v, want %v", s, sa, err, net.ParseIP(s))
		}
	}
	for _, s := range []string{"", ":", ":::", "1:::2", "1::2::3", "1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7::8",
		"12345::", "g::", "1.2.3.4::", "::1.2.3", "fe80::1%eth0", "1:2:3:4:5:6:7:1.2.3.4", "1.2.3.4"} {
		if sa, err := listenAddr("[" + s + "]:443"); err == nil {
			t.Errorf("listenAddr([%s]:443) accepted: %v", s, sa)
		}
	}
}

// parseIPv4 and parseIPv6 accept exactly the addresses net/netip does
// (without zones), with the same values.
func TestParseIPLikeNetip(t *testing.T) {
	pieces := []string{"", "0", "00", "1", "09", "ff", "FfFf", "0000", "12345", "g", "1.2.3.4", "01.2.3.4", "255.255.255.255", "256.0.0.1", "1.2.3", "1.2.3.4.5", ".", ":", "::"}
	seps := []string{":", "::", ":::", ".", ""}
	r := rand.New(rand.NewPCG(1, 2))
	check := func(s string) {
		want, err := netip.ParseAddr(s)
		if strings.Contains(s, ":") {
			ip, ok := parseIPv6(s)
			if ok != (err == nil && want.Is6()) || ok && ip != want.As16() {
				t.Errorf("parseIPv6(%q) = %v, %v; netip: %v, %v", s, ip, ok, want, err)
			}
			return
		}
		ip, ok := parseIPv4(s)
		if ok != (err == nil) || ok && ip != want.As4() {
			t.Errorf("parseIPv4(%q) = %v, %v; netip: %v, %v", s, ip, ok, want, err)
		}
	}
	for range 200000 {
		var b strings.Builder
		for j := range r.IntN(10) {
			if j > 0 || r.IntN(4) == 0 {
				b.WriteString(seps[r.IntN(len(seps))])
			}
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		check(b.String())
	}
	for _, s := range []string{"::", "::1", "1::", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7::", "::2:3:4:5:6:7:8", "1:2:3:4:5:6:1.2.3.4", "::1.2.3.4", "1::1.2.3.4", "::ffff:1.2.3.4", "0.0.0.0", "10.0.0.255"} {
		check(s)
	}
}

// --listen makes a non-blocking listening socket that accepts connections
// to the address asked for.
func TestListenTCP(t *testing.T) {
	for _, addr := range []string{"127.0.0.1:0", "localhost:0", ":0", "[::1]:0"} {
		f, err := listenTCP(addr)
		if err != nil {
			t.Logf("%s: %v", addr, err) // no IPv6 or loopback here
			continue
		}
		fd := int(f.Fd())
		if fl, err := unix.FcntlInt(uintptr(fd), unix.F_GETFL, 0); err != nil || fl&unix.O_NONBLOCK == 0 {
			t.Errorf("%s: flags %#x, %v", addr, fl, err)
		}
		sa, err := unix.Getsockname(fd)
		if err != nil {
			t.Fatal(err)
		}
		var port int
		switch sa := sa.(type) {
		case *unix.SockaddrInet4:
			port = sa.Port
		case *unix.SockaddrInet6:
			port = sa.Port
		}
		host := "127.0.0.1"
		if addr == "[::1]:0" {
			host = "::1"
		}
		c, err := net.Dial("tcp", net.JoinHostPort(host, strconv.Itoa(port)))
		if err != nil {
			t.Errorf("%s: dial port %d: %v", addr, port, err)
		} else {
			c.Close()
		}
		f.Close()
	}
	for _, addr := range []string{"127.0.0.1", "127.0.0.1:x", "127.0.0.1:65536", "example.com:80", "[::1:80", "1.2.3:80"} {
		if f, err := listenTCP(addr); err == nil {
			f.Close()
			t.Errorf("listenTCP(%q) succeeded", addr)
		}
	}
}
