package cn.qijin.security.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressesTest {

  @Test
  void without_trusted_proxies_the_client_is_the_connection_whatever_it_forwards() {
    ClientAddresses addresses = new ClientAddresses(List.of());
    assertThat(addresses.clientOf(request("203.0.113.7", "198.51.100.1"))).isEqualTo("203.0.113.7");
  }

  @Test
  void behind_a_trusted_proxy_the_client_is_the_last_untrusted_forwarded_address() {
    ClientAddresses addresses = new ClientAddresses(List.of("10.0.0.0/8", "127.0.0.1"));
    // the client may put anything first; the proxies append what they saw
    assertThat(addresses.clientOf(request("10.0.0.5", "1.2.3.4, 203.0.113.7, 10.0.0.9"))).isEqualTo("203.0.113.7");
    assertThat(addresses.clientOf(request("127.0.0.1", "198.51.100.20"))).isEqualTo("198.51.100.20");
    assertThat(addresses.clientOf(request("127.0.0.1", null))).isEqualTo("127.0.0.1");
    assertThat(addresses.clientOf(request("192.0.2.1", "198.51.100.20"))).as("not a trusted proxy").isEqualTo("192.0.2.1");
  }

  @Test
  void ipv6_clients_count_by_their_64_network_and_ipv4_by_their_address() {
    assertThat(ClientAddresses.keyOf("2001:db8:1:2:aaaa::1")).isEqualTo(ClientAddresses.keyOf("2001:db8:1:2:bbbb::9"))
        .isNotEqualTo(ClientAddresses.keyOf("2001:db8:1:3::1"));
    assertThat(ClientAddresses.keyOf("203.0.113.7")).isEqualTo("203.0.113.7");
    assertThat(ClientAddresses.keyOf("unknown")).isEqualTo("unknown");
    assertThat(ClientAddresses.keyOf("x".repeat(500))).hasSize(64);
  }

  @Test
  void only_literals_are_parsed_never_names() {
    assertThat(ClientAddresses.literal("999.1.1.1")).isNull();
    assertThat(ClientAddresses.literal("localhost")).isNull();
    assertThat(ClientAddresses.literal("example.org")).isNull();
    assertThat(ClientAddresses.literal("1.2.3.4:80")).isNull();
    assertThat(ClientAddresses.literal("[::1]")).hasSize(16);
    assertThatThrownBy(() -> new ClientAddresses(List.of("proxy.example.org")))
        .hasMessageContaining("trusted-proxies");
  }

  private static MockHttpServletRequest request(String remote, String forwardedFor) {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.setRemoteAddr(remote);
    if (forwardedFor != null) {
      request.addHeader("X-Forwarded-For", forwardedFor);
    }
    return request;
  }
}
