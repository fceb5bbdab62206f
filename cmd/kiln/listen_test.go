package main

import (
	"net"
	"strconv"
	"testing"

	"golang.org/x/sys/unix"
)

func TestParseIP(t *testing.T) {
	for _, s := range []string{"1.2.3.4", "0.0.0.0", "255.255.255.255"} {
		if ip, ok := parseIPv4(s); !ok || net.IP(ip[:]).String() != s {
			t.Errorf("parseIPv4(%q) = %v, %v", s, ip, ok)
		}
	}
	for _, s := range []string{"", "1.2.3", "1.2.3.4.5", "256.1.1.1", "01.2.3.4", "a.b.c.d", "1..2.3", "-1.2.3.4"} {
		if _, ok := parseIPv4(s); ok {
			t.Errorf("parseIPv4(%q) accepted", s)
		}
	}
	for _, s := range []string{"::", "::1", "1::", "fe80::1:2", "2001:db8:0:0:0:0:2:1", "1:2:3:4:5:6:7:8", "::ffff:1.2.3.4", "1:2:3:4:5:6:1.2.3.4", "A:b::C"} {
		ip, ok := parseIPv6(s)
		want := net.ParseIP(s)
		if !ok || !net.IP(ip[:]).Equal(want) {
			t.Errorf("parseIPv6(%q) = %v, %v, want %v", s, net.IP(ip[:]), ok, want)
		}
	}
	for _, s := range []string{"", ":", ":::", "1:::2", "1::2::3", "1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7::8",
		"12345::", "g::", "1.2.3.4::", "::1.2.3", "fe80::1%eth0", "1:2:3:4:5:6:7:1.2.3.4"} {
		if ip, ok := parseIPv6(s); ok {
			t.Errorf("parseIPv6(%q) accepted: %v", s, net.IP(ip[:]))
		}
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
