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
	sa, err := listenAddr(addr)
	if err != nil {
		return nil, err
	}
	_, dualStack := sa.(*unix.SockaddrInet6)
	dualStack = dualStack && strings.HasPrefix(addr, ":")
	fd, err := listenOn(sa, dualStack)
	if err != nil && dualStack && (err == unix.EAFNOSUPPORT || err == unix.EADDRNOTAVAIL) {
		fd, err = listenOn(&unix.SockaddrInet4{Port: sa.(*unix.SockaddrInet6).Port}, false) // no IPv6 here
	}
	if err != nil {
		return nil, fmt.Errorf("listen %s: %w", addr, err)
	}
	// Non-blocking, as wasi.Listener requires; os.NewFile puts it in Go's
	// netpoller.
	return os.NewFile(uintptr(fd), "tcp:"+addr), nil
}

// listenAddr is the socket address of --listen ADDR (see listenTCP). It
// parses IP addresses itself: net/netip's package initialization alone
// cost every kiln run some 20 us (kiln run hello.wasm takes 2 ms).
func listenAddr(addr string) (unix.Sockaddr, error) {
	i := strings.LastIndexByte(addr, ':')
	if i < 0 {
		return nil, fmt.Errorf("%q is not HOST:PORT", addr)
	}
	host, portStr := addr[:i], addr[i+1:]
	port, err := strconv.ParseUint(portStr, 10, 16)
	if err != nil {
		return nil, fmt.Errorf("%q: bad port %q", addr, portStr)
	}
	switch host {
	case "":
		return &unix.SockaddrInet6{Port: int(port)}, nil // [::], dual-stack
	case "localhost":
		return &unix.SockaddrInet4{Port: int(port), Addr: [4]byte{127, 0, 0, 1}}, nil
	}
	if v6, ok := strings.CutPrefix(host, "["); ok {
		if v6, ok = strings.CutSuffix(v6, "]"); ok {
			if ip, ok := parseIPv6(v6); ok {
				return &unix.SockaddrInet6{Port: int(port), Addr: ip}, nil
			}
		}
	} else if ip, ok := parseIPv4(host); ok {
		return &unix.SockaddrInet4{Port: int(port), Addr: ip}, nil
	}
	return nil, fmt.Errorf("%q: HOST must be an IP address (IPv6 in brackets, no zone), localhost or empty", addr)
}

// parseIPv4 parses a dotted-decimal IPv4 address as net/netip does: four
// fields of 0 to 255 without leading zeros.
func parseIPv4(s string) (ip [4]byte, ok bool) {
	for i := range ip {
		if i > 0 {
			if s == "" || s[0] != '.' {
				return ip, false
			}
			s = s[1:]
		}
		n, v := 0, 0
		for n < len(s) && '0' <= s[n] && s[n] <= '9' {
			v = v*10 + int(s[n]-'0')
			n++
			if v > 255 {
				return ip, false
			}
		}
		if n == 0 || n > 1 && s[0] == '0' {
			return ip, false
		}
		ip[i] = byte(v)
		s = s[n:]
	}
	return ip, s == ""
}

// parseIPv6 parses an IPv6 address (no zone) as net/netip does: eight
// groups of 1 to 4 hex digits, the last two of which may be written as an
// IPv4 address, and at most one "::" standing for one or more zero groups.
func parseIPv6(s string) (ip [16]byte, ok bool) {
	ellipsis := -1 // the byte of ip where "::" is
	if rest, ok := strings.CutPrefix(s, "::"); ok {
		ellipsis, s = 0, rest
	}
	i := 0
	for i < 16 && s != "" {
		n, v := 0, 0
		for ; n < len(s) && n < 5; n++ {
			d := hexDigit(s[n])
			if d < 0 {
				break
			}
			v = v<<4 | d
		}
		if n == 0 || n > 4 {
			return ip, false
		}
		if n < len(s) && s[n] == '.' {
			// The IPv4 form of the last 32 bits.
			if i > 12 || ellipsis < 0 && i != 12 {
				return ip, false
			}
			v4, ok := parseIPv4(s)
			if !ok {
				return ip, false
			}
			copy(ip[i:], v4[:])
			i, s = i+4, ""
			break
		}
		ip[i], ip[i+1] = byte(v>>8), byte(v)
		i, s = i+2, s[n:]
		if s == "" {
			break
		}
		if s[0] != ':' || len(s) == 1 {
			return ip, false
		}
		s = s[1:]
		if s[0] == ':' {
			if ellipsis >= 0 {
				return ip, false
			}
			ellipsis, s = i, s[1:]
		}
	}
	if s != "" {
		return ip, false
	}
	if i < 16 {
		if ellipsis < 0 {
			return ip, false
		}
		n := 16 - i
		copy(ip[ellipsis+n:], ip[ellipsis:i])
		clear(ip[ellipsis : ellipsis+n])
	} else if ellipsis >= 0 {
		return ip, false // "::" must stand for at least one group
	}
	return ip, true
}

func hexDigit(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
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
