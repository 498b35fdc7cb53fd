package web

import (
	"fmt"
	"net/netip"
	"syscall"
)

// reserved are blocks that net/netip has no predicate for but that no news
// site lives in: "this network", carrier-grade NAT, IETF protocol
// assignments, benchmarking, and the reserved class E (with broadcast).
var reserved = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),
	netip.MustParsePrefix("100.64.0.0/10"),
	netip.MustParsePrefix("192.0.0.0/24"),
	netip.MustParsePrefix("198.18.0.0/15"),
	netip.MustParsePrefix("240.0.0.0/4"),
}

// nat64 embeds an IPv4 address in its last 32 bits (RFC 6052), which is
// checked like the IPv4 address itself.
var nat64 = netip.MustParsePrefix("64:ff9b::/96")

// private says why addr must not be dialed, or "" when it may be.
func private(addr netip.Addr) string {
	addr = addr.Unmap()
	if nat64.Contains(addr) {
		b := addr.As16()
		addr = netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]})
	}
	switch {
	case !addr.IsValid():
		return "invalid"
	case addr.IsLoopback():
		return "loopback"
	case addr.IsPrivate():
		return "private"
	case addr.IsLinkLocalUnicast():
		return "link-local"
	case addr.IsUnspecified():
		return "unspecified"
	case addr.IsMulticast():
		return "multicast"
	}
	for _, p := range reserved {
		if p.Contains(addr) {
			return "reserved"
		}
	}
	return ""
}

// control is the net.Dialer hook: it sees the address after DNS
// resolution, for every connection including those made for redirects and
// robots.txt, so a name that resolves (or rebinds) to a private address is
// refused as surely as a literal one.
func (f *Fetcher) control(network, address string, _ syscall.RawConn) error {
	if f.cfg.AllowPrivate {
		return nil
	}
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("%w: cannot parse %q", ErrPrivateAddress, address)
	}
	return f.checkAddr(ap)
}

func (f *Fetcher) checkAddr(ap netip.AddrPort) error {
	if f.cfg.AllowPrivate || (f.exempt != nil && f.exempt(ap)) {
		return nil
	}
	if why := private(ap.Addr()); why != "" {
		return fmt.Errorf("%w %s (%s)", ErrPrivateAddress, ap, why)
	}
	return nil
}

// CheckPublic is a net.Dialer Control hook that refuses the addresses the
// fetcher refuses (loopback, private, link-local, reserved), for other
// clients that dial URLs users give them, such as webhooks.
func CheckPublic(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("%w: cannot parse %q", ErrPrivateAddress, address)
	}
	if why := private(ap.Addr()); why != "" {
		return fmt.Errorf("%w %s (%s)", ErrPrivateAddress, ap, why)
	}
	return nil
}
