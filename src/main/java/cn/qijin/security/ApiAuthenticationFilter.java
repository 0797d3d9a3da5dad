package cn.qijin.security;

import cn.qijin.common.ApiError;

import cn.qijin.security.login.LoginOutcomes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates every request to the application's own API (/api/*): either the session of a user
 * logged in to Camunda's web apps (Tasklist forms call the API that way; modifying requests must
 * carry Camunda's CSRF token) or HTTP Basic against Camunda's identity service. The engine's current
 * authentication is set for the request so that engine calls are authorization-checked, and the
 * request carries the user as its principal with the user's groups as roles.
 *
 * <p>The same filter guards the operator's endpoints (/actuator/*) with an {@link Access}: there some
 * paths are open to anonymous callers (a login, when given, is still recognised) and the others need a
 * member of certain groups (403 for other users).
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(ApiAuthenticationFilter.class);

  /**
   * Who may pass.
   *
   * @param open requests anyone may make, logged in or not
   * @param groups for the other requests, the user must belong to one of these groups (empty: any user)
   * @param forbidden the Chinese message of the 403 for a logged-in user outside {@code groups}
   */
  public record Access(Predicate<HttpServletRequest> open, Set<String> groups, String forbidden) {

    /** /api/*: every request needs a logged-in user; what each may do is checked further in. */
    public static final Access LOGGED_IN = new Access(request -> false, Set.of(), "");

    public Access {
      groups = Set.copyOf(groups);
    }
  }

  private final IdentityService identity;
  private final Access access;

  public ApiAuthenticationFilter(IdentityService identity) {
    this(identity, Access.LOGGED_IN);
  }

  public ApiAuthenticationFilter(IdentityService identity, Access access) {
    this.identity = identity;
    this.access = access;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Principal principal = fromBasicAuth(request);
    if (principal == null) {
      principal = fromWebappSession(request);
      if (principal != null && !csrfTokenMatches(request)) {
        LOG.warn("Refused {} {} for {}: missing or wrong CSRF token", request.getMethod(), request.getRequestURI(), principal.userId);
        reject(response, HttpServletResponse.SC_FORBIDDEN, "请求缺少有效的防伪令牌（CSRF），请刷新页面后重试");
        return;
      }
    }
    boolean open = access.open().test(request);
    if (principal == null) {
      if (open) {
        chain.doFilter(request, response);
        return;
      }
      // a task form (it sends the CSRF header) gets the JSON message, not the browser's login dialog
      if (request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME) == null) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"qijin\", charset=\"UTF-8\"");
      }
      reject(response, HttpServletResponse.SC_UNAUTHORIZED, "请先登录（用户名和密码有误或未提供）");
      return;
    }
    if (!open && !access.groups().isEmpty() && principal.groups.stream().noneMatch(access.groups()::contains)) {
      LOG.warn("Refused {} {} for {}: not in any of the groups {}", request.getMethod(), request.getRequestURI(),
          principal.userId, access.groups());
      reject(response, HttpServletResponse.SC_FORBIDDEN, access.forbidden());
      return;
    }
    try {
      identity.setAuthentication(principal.userId, principal.groups);
      chain.doFilter(new AuthenticatedRequest(request, principal), response);
    } finally {
      identity.clearAuthentication();
    }
  }

  private Principal fromBasicAuth(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    String user = decoded.substring(0, colon);
    boolean passwordRight = identity.checkPassword(user, decoded.substring(colon + 1));
    // the login throttle counts this check (a wrong password here may still fall back to a web app session)
    LoginOutcomes.record(request, user, passwordRight);
    if (!passwordRight) {
      LOG.info("API login failed for user '{}'", user);
      return null;
    }
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    return new Principal(user, groups, false);
  }

  private Principal fromWebappSession(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications auths = AuthenticationUtil.getAuthsFromSession(session);
    if (auths == null || auths.getAuthentications().isEmpty()) {
      return null;
    }
    // One engine per application: the web apps' login for it is the user's identity here.
    UserAuthentication auth = auths.getAuthentications().get(0);
    return new Principal(auth.getIdentityId(), auth.getGroupIds(), true);
  }

  private static boolean csrfTokenMatches(HttpServletRequest request) {
    if (CsrfConstants.CSRF_NON_MODIFYING_METHODS_PATTERN.matcher(request.getMethod()).matches()) {
      return true;
    }
    Object expected = request.getSession().getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    return expected != null && Objects.equals(expected, request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME));
  }

  private static void reject(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType(ApiError.CONTENT_TYPE);
    response.getOutputStream().write(ApiError.of(status, message).toJson());
  }

  private record Principal(String userId, List<String> groups, boolean fromSession) implements java.security.Principal {

    Principal {
      groups = groups == null ? List.of() : groups;
    }

    @Override
    public String getName() {
      return userId;
    }
  }

  /** The request as the application sees it behind this filter: the user and the user's groups as roles. */
  private static final class AuthenticatedRequest extends HttpServletRequestWrapper {

    private final Principal principal;

    AuthenticatedRequest(HttpServletRequest request, Principal principal) {
      super(request);
      this.principal = principal;
    }

    @Override
    public java.security.Principal getUserPrincipal() {
      return principal;
    }

    @Override
    public String getRemoteUser() {
      return principal.userId;
    }

    @Override
    public boolean isUserInRole(String role) {
      return principal.groups.contains(role);
    }
  }
}
