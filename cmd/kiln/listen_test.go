package main

import (
	"net"
	"strconv"
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
