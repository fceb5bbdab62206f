package main

import (
	"fmt"
	"net/netip"
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

// listenAddr is the socket address of --listen ADDR (see listenTCP). IP
// addresses are parsed by net/netip, which does not import package net.
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
	ap, err := netip.ParseAddrPort(addr)
	if err != nil || ap.Addr().Zone() != "" {
		return nil, fmt.Errorf("%q: HOST must be an IP address (IPv6 in brackets, no zone), localhost or empty", addr)
	}
	if ip := ap.Addr(); ip.Is4() {
		return &unix.SockaddrInet4{Port: int(port), Addr: ip.As4()}, nil
	}
	return &unix.SockaddrInet6{Port: int(port), Addr: ap.Addr().As16()}, nil
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
