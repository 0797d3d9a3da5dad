package cn.qijin.security.login;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client of a request as the login throttle counts it: the connection's address, or — only when the
 * connection comes from a configured trusted proxy — the last address in X-Forwarded-For that is not itself a
 * trusted proxy. IPv6 clients count by their /64 network (one host usually has a whole /64 to pick addresses
 * from). Nothing here looks up a name.
 */
public class ClientAddresses {

  static final String FORWARDED_FOR = "X-Forwarded-For";
  private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
  /** hex digits, colons and dots, at least one colon, starting with a hex digit or a colon */
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f:.]*");
  private static final int MAX_KEY_LENGTH = 64;

  private final List<Range> trusted;

  public ClientAddresses(List<String> trustedProxies) {
    List<Range> ranges = new ArrayList<>();
    for (String proxy : trustedProxies) {
      ranges.add(Range.parse(proxy.trim()));
    }
    this.trusted = List.copyOf(ranges);
  }

  /** The client's address (for the audit trail): as connected, or as forwarded by a trusted proxy. */
  public String clientOf(HttpServletRequest request) {
    String remote = request.getRemoteAddr();
    if (trusted.isEmpty() || !isTrusted(remote)) {
      return remote;
    }
    List<String> hops = new ArrayList<>();
    for (var values = request.getHeaders(FORWARDED_FOR); values != null && values.hasMoreElements(); ) {
      for (String hop : values.nextElement().split(",")) {
        if (!hop.isBlank()) {
          hops.add(hop.trim());
        }
      }
    }
    for (int i = hops.size() - 1; i >= 0; i--) {
      if (!isTrusted(hops.get(i))) {
        return hops.get(i);
      }
    }
    return hops.isEmpty() ? remote : hops.get(0);
  }

  /** The key the throttle counts the client by: an IPv4 address, an IPv6 /64, or the text itself, shortened. */
  public static String keyOf(String address) {
    byte[] bytes = literal(address);
    if (bytes != null && bytes.length == 16) {
      StringBuilder key = new StringBuilder();
      for (int i = 0; i < 8; i += 2) {
        key.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
      }
      return key.append(":/64").toString();
    }
    if (bytes != null) {
      return (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + "." + (bytes[3] & 0xff);
    }
    return address.length() <= MAX_KEY_LENGTH ? address : address.substring(0, MAX_KEY_LENGTH);
  }

  private boolean isTrusted(String address) {
    byte[] bytes = literal(address);
    return bytes != null && trusted.stream().anyMatch(range -> range.contains(bytes));
  }

  /** The bytes of an IP address literal, or null for anything else (never a name lookup). */
  static byte[] literal(String text) {
    if (text == null) {
      return null;
    }
    String t = text.trim();
    if (t.startsWith("[") && t.endsWith("]")) {
      t = t.substring(1, t.length() - 1);
    }
    int zone = t.indexOf('%');
    if (zone >= 0 && t.contains(":")) {
      t = t.substring(0, zone);
    }
    Matcher v4 = IPV4.matcher(t);
    if (v4.matches()) {
      byte[] bytes = new byte[4];
      for (int i = 0; i < 4; i++) {
        int octet = Integer.parseInt(v4.group(i + 1));
        if (octet > 255) {
          return null;
        }
        bytes[i] = (byte) octet;
      }
      return bytes;
    }
    if (!t.contains(":") || !IPV6.matcher(t).matches()) {
      return null;
    }
    try {
      // with a colon InetAddress parses an IPv6 literal or fails: it never asks a name server then
      return InetAddress.getByName(t).getAddress();
    } catch (UnknownHostException | RuntimeException e) {
      return null;
    }
  }

  /** An address or a CIDR range. */
  private record Range(byte[] network, int prefix) {

    static Range parse(String text) {
      int slash = text.indexOf('/');
      byte[] address = literal(slash < 0 ? text : text.substring(0, slash));
      if (address == null) {
        throw new IllegalArgumentException("qijin.security.login-throttle.trusted-proxies: not an IP address or CIDR range: "
            + text);
      }
      int prefix = slash < 0 ? address.length * 8 : Integer.parseInt(text.substring(slash + 1));
      if (prefix < 0 || prefix > address.length * 8) {
        throw new IllegalArgumentException("qijin.security.login-throttle.trusted-proxies: bad prefix length: " + text);
      }
      return new Range(address, prefix);
    }

    boolean contains(byte[] address) {
      byte[] candidate = address;
      if (candidate.length != network.length) {
        candidate = mapped(candidate, network.length);
        if (candidate == null) {
          return false;
        }
      }
      int full = prefix / 8;
      for (int i = 0; i < full; i++) {
        if (candidate[i] != network[i]) {
          return false;
        }
      }
      int rest = prefix % 8;
      if (rest == 0) {
        return true;
      }
      int mask = 0xff << (8 - rest) & 0xff;
      return (candidate[full] & mask) == (network[full] & mask);
    }

    /** An IPv4-mapped IPv6 address (::ffff:a.b.c.d) compared with an IPv4 range, or the other way round. */
    private static byte[] mapped(byte[] address, int length) {
      if (address.length == 16 && length == 4) {
        for (int i = 0; i < 10; i++) {
          if (address[i] != 0) {
            return null;
          }
        }
        if (address[10] != (byte) 0xff || address[11] != (byte) 0xff) {
          return null;
        }
        return new byte[] {address[12], address[13], address[14], address[15]};
      }
      return null;
    }
  }
}
