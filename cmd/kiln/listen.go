package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"
)

// listenTCP opens the listening socket of --listen ADDR: HOST:PORT with
// HOST an IPv4 address, an IPv6 address in brackets, localhost, or empty
// for every interface (IPv6 and IPv4, as net.Listen does). It makes the
// socket itself rather than with net.Listen: importing package net links
// the C library into kiln when cgo is enabled, which costs every kiln run
// about 1 ms of start-up. Host names other than localhost would need a
// resolver, and are refused.
func listenTCP(addr string) (*os.File, error) {
	i := strings.LastIndexByte(addr, ':')
	if i < 0 {
		return nil, fmt.Errorf("%q is not HOST:PORT", addr)
	}
	host, portStr := addr[:i], addr[i+1:]
	port, err := strconv.ParseUint(portStr, 10, 16)
	if err != nil {
		return nil, fmt.Errorf("%q: bad port %q", addr, portStr)
	}
	var sa unix.Sockaddr
	switch {
	case host == "":
		sa = &unix.SockaddrInet6{Port: int(port)} // [::], dual-stack below
	case host == "localhost":
		sa = &unix.SockaddrInet4{Port: int(port), Addr: [4]byte{127, 0, 0, 1}}
	case strings.HasPrefix(host, "[") && strings.HasSuffix(host, "]"):
		ip, ok := parseIPv6(host[1 : len(host)-1])
		if !ok {
			return nil, fmt.Errorf("%q: bad IPv6 address %s", addr, host)
		}
		sa = &unix.SockaddrInet6{Port: int(port), Addr: ip}
	default:
		ip, ok := parseIPv4(host)
		if !ok {
			return nil, fmt.Errorf("%q: HOST must be an IP address (IPv6 in brackets), localhost or empty", addr)
		}
		sa = &unix.SockaddrInet4{Port: int(port), Addr: ip}
	}
	fd, err := listenOn(sa, host == "")
	if err != nil && host == "" && (err == unix.EAFNOSUPPORT || err == unix.EADDRNOTAVAIL) {
		fd, err = listenOn(&unix.SockaddrInet4{Port: int(port)}, false) // no IPv6 here
	}
	if err != nil {
		return nil, fmt.Errorf("listen %s: %w", addr, err)
	}
	// Non-blocking, as wasi.Listener requires; os.NewFile puts it in Go's
	// netpoller.
	return os.NewFile(uintptr(fd), "tcp:"+addr), nil
}

// listenOn makes a non-blocking TCP socket listening on sa; dualStack
// makes an IPv6 socket accept IPv4 connections too.
func listenOn(sa unix.Sockaddr, dualStack bool) (int, error) {
	family := unix.AF_INET
	if _, ok := sa.(*unix.SockaddrInet6); ok {
		family = unix.AF_INET6
	}
	fd, err := unix.Socket(family, unix.SOCK_STREAM|unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, unix.IPPROTO_TCP)
	if err != nil {
		return -1, err
	}
	// SO_REUSEADDR as net.Listen sets it: a restarted kiln can listen on
	// the port of connections still in TIME_WAIT.
	err = unix.SetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_REUSEADDR, 1)
	if err == nil && dualStack {
		err = unix.SetsockoptInt(fd, unix.IPPROTO_IPV6, unix.IPV6_V6ONLY, 0)
	}
	if err == nil {
		err = unix.Bind(fd, sa)
	}
	if err == nil {
		err = unix.Listen(fd, 4096) // the kernel caps it at net.core.somaxconn
	}
	if err != nil {
		unix.Close(fd)
		return -1, err
	}
	return fd, nil
}

// parseIPv4 parses a dotted-decimal IPv4 address.
func parseIPv4(s string) (ip [4]byte, ok bool) {
	parts := strings.Split(s, ".")
	if len(parts) != 4 {
		return ip, false
	}
	for i, p := range parts {
		v, err := strconv.ParseUint(p, 10, 8)
		if err != nil || (len(p) > 1 && p[0] == '0') { // no octal-looking parts
			return ip, false
		}
		ip[i] = byte(v)
	}
	return ip, true
}

// parseIPv6 parses an IPv6 address (RFC 4291 text form: hex groups, one
// "::", a trailing dotted IPv4 part; no zone).
func parseIPv6(s string) (ip [16]byte, ok bool) {
	head, tail, compressed := strings.Cut(s, "::")
	if compressed && strings.Contains(tail, "::") {
		return ip, false
	}
	// groups parses hex groups; v4 allows a dotted IPv4 last part.
	groups := func(s string, v4 bool) ([]byte, bool) {
		var b []byte
		if s == "" {
			return b, true
		}
		parts := strings.Split(s, ":")
		for i, p := range parts {
			if v4 && i == len(parts)-1 && strings.Contains(p, ".") {
				v4, ok := parseIPv4(p)
				return append(b, v4[:]...), ok
			}
			v, err := strconv.ParseUint(p, 16, 16)
			if err != nil || len(p) > 4 {
				return nil, false
			}
			b = append(b, byte(v>>8), byte(v))
		}
		return b, true
	}
	h, ok1 := groups(head, !compressed)
	t, ok2 := groups(tail, true)
	if !ok1 || !ok2 || len(h)+len(t) > 16 || (!compressed && len(h) != 16) || (compressed && len(h)+len(t) == 16) {
		return ip, false
	}
	copy(ip[:], h)
	copy(ip[16-len(t):], t)
	return ip, true
}
