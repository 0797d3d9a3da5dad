package cn.qijin.security.login;

import cn.qijin.common.CachedBodyRequest;
import cn.qijin.security.SecurityErrors;
import cn.qijin.security.login.LoginThrottle.Admission;
import cn.qijin.security.login.LoginThrottle.Outcome;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The login throttle in front of every place a password is checked (issue 10): the web apps' login form
 * (Tasklist, Cockpit, Admin), HTTP Basic on /engine-rest, /api and /actuator, and the current password asked
 * when a user changes a password. It recognises the attempt before anything else runs, refuses it with 429,
 * Retry-After and a Chinese message when {@link LoginThrottle} says so, and afterwards tells the throttle
 * whether the password was right; failures go to the audit trail. The engine's own per-account lock is off
 * (application.yml), so that a stranger cannot lock an account; Camunda's {@code identity/verify} endpoint,
 * a password check with no login behind it, is closed.
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(LoginThrottleFilter.class);
  /** a login form is a few dozen bytes */
  static final int MAX_LOGIN_FORM_BYTES = 16 * 1024;
  private static final int ACCOUNT_KEY_LENGTH = 64;

  private final LoginThrottle throttle;
  private final ClientAddresses clients;
  private final LoginFailureAudit audit;
  private final Pattern webappLogin;
  private final Pattern verify;
  private final Pattern credentials;
  private static final BasicAuthenticationConverter BASIC = new BasicAuthenticationConverter();

  /**
   * @param webappPath where Camunda's web apps live (camunda.bpm.webapp.application-path, /camunda by default)
   */
  public LoginThrottleFilter(LoginThrottle throttle, ClientAddresses clients, LoginFailureAudit audit,
      String webappPath) {
    this.throttle = throttle;
    this.clients = clients;
    this.audit = audit;
    String webapp = Pattern.quote(webappPath.endsWith("/") ? webappPath.substring(0, webappPath.length() - 1) : webappPath);
    this.webappLogin = Pattern.compile("^" + webapp + "/api/admin/auth/user/[^/]+/login/([^/]+)/?$");
    String engineApi = "(/engine-rest(?:/engine/[^/]+)?|" + webapp + "/api/engine/engine/([^/]+))";
    this.verify = Pattern.compile("^" + engineApi + "/identity/verify/?$");
    this.credentials = Pattern.compile("^" + engineApi + "/user/[^/]+/credentials/?$");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = path(request);
    if (verify.matcher(path).matches()) {
      // a password check of any account without a login: with the engine's lock off it would be an oracle
      respond(response, HttpServletResponse.SC_FORBIDDEN, "此接口已停用：请通过登录页或 HTTP Basic 登录");
      return;
    }
    Attempt attempt;
    Matcher login = webappLogin.matcher(path);
    if (login.matches() && "POST".equals(request.getMethod())) {
      byte[] body = request.getInputStream().readNBytes(MAX_LOGIN_FORM_BYTES + 1);
      if (body.length > MAX_LOGIN_FORM_BYTES) {
        respond(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "登录请求过大");
        return;
      }
      attempt = new Attempt(new CachedBodyRequest(request, body), LoginSurface.WEBAPP, login.group(1),
          formField(request, body, "username"), Rule.WEBAPP_LOGIN);
    } else {
      attempt = recognise(request, path);
    }
    if (attempt == null) {
      chain.doFilter(request, response);
      return;
    }
    String client = clients.clientOf(attempt.request);
    Admission admission = throttle.admit(ClientAddresses.keyOf(client), accountKey(attempt.account));
    if (!admission.admitted()) {
      audit.refused(attempt.account, client);
      tooManyAttempts(response, admission);
      return;
    }
    boolean answered = false;
    try {
      chain.doFilter(attempt.request, response);
      answered = true;
    } finally {
      LoginOutcomes.Checked recorded = LoginOutcomes.of(attempt.request);
      // after an exception the status says nothing: only a recorded wrong password counts then
      Outcome outcome = answered ? attempt.outcome(recorded, response.getStatus())
          : recorded != null && !recorded.success() ? Outcome.FAILURE : Outcome.NONE;
      String checked = recorded != null ? recorded.account() : attempt.account;
      throttle.finish(admission, outcome, accountKey(checked));
      if (outcome == Outcome.FAILURE) {
        audit.failed(checked, client, attempt.surface, attempt.where);
      }
    }
  }

  /** The HTTP Basic login or password change this request makes (other than the login form), or null. */
  private Attempt recognise(HttpServletRequest request, String path) {
    Matcher change = credentials.matcher(path);
    boolean changesPassword = change.matches() && "PUT".equals(request.getMethod());
    String basicUser = basicSurface(path) == null ? null : basicUser(request);
    if (basicUser != null) {
      return new Attempt(request, basicSurface(path), null, basicUser,
          changesPassword ? Rule.BASIC_THEN_PASSWORD_CHANGE : Rule.BASIC);
    }
    if (changesPassword && change.group(2) != null) {
      String user = webappUser(request, change.group(2));
      if (user != null) {
        return new Attempt(request, LoginSurface.PASSWORD_CHANGE, null, user, Rule.PASSWORD_CHANGE);
      }
    }
    return null;
  }

  private static LoginSurface basicSurface(String path) {
    if (path.equals("/engine-rest") || path.startsWith("/engine-rest/")) {
      return LoginSurface.ENGINE_REST;
    }
    if (path.equals("/api") || path.startsWith("/api/")) {
      return LoginSurface.API;
    }
    if (path.equals("/actuator") || path.startsWith("/actuator/")) {
      return LoginSurface.ACTUATOR;
    }
    return null;
  }

  /**
   * The user an HTTP Basic header names, parsed as the authenticator behind the throttle parses it (Spring's
   * converter); "" when it cannot be decoded (still an attempt: the client counts); null without such a header.
   */
  private static String basicUser(HttpServletRequest request) {
    try {
      UsernamePasswordAuthenticationToken token = BASIC.convert(request);
      return token == null ? null : token.getName();
    } catch (AuthenticationException e) {
      return "";
    }
  }

  /** The user logged in to the web apps for that engine, whose current password a password change checks. */
  private static String webappUser(HttpServletRequest request, String engine) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications auths = AuthenticationUtil.getAuthsFromSession(session);
    if (auths == null) {
      return null;
    }
    var auth = auths.getAuthenticationForProcessEngine(engine);
    return auth == null ? null : auth.getIdentityId();
  }

  /** How the outcome of an attempt is told. */
  private enum Rule {
    /** Camunda's login resource: 200 logged in, 401 wrong user or password; anything else checked nothing that counts */
    WEBAPP_LOGIN {
      @Override
      Outcome outcome(LoginOutcomes.Checked checked, int status) {
        return status == 200 ? Outcome.SUCCESS : status == 401 ? Outcome.FAILURE : Outcome.NONE;
      }
    },
    /** HTTP Basic: what the authenticator recorded (Spring Security's Basic filter, BasicLoginFilter) */
    BASIC {
      @Override
      Outcome outcome(LoginOutcomes.Checked checked, int status) {
        return checked == null ? Outcome.NONE : checked.success() ? Outcome.SUCCESS : Outcome.FAILURE;
      }
    },
    /** a password change on /engine-rest: the Basic login, then the current password (Camunda answers 400 if wrong) */
    BASIC_THEN_PASSWORD_CHANGE {
      @Override
      Outcome outcome(LoginOutcomes.Checked checked, int status) {
        Outcome basic = BASIC.outcome(checked, status);
        return basic == Outcome.SUCCESS ? PASSWORD_CHANGE.outcome(checked, status) : basic;
      }
    },
    /** a password change in the web apps: Camunda answers 400 to a wrong current password */
    PASSWORD_CHANGE {
      @Override
      Outcome outcome(LoginOutcomes.Checked checked, int status) {
        return status == 400 ? Outcome.FAILURE : status >= 200 && status < 300 ? Outcome.SUCCESS : Outcome.NONE;
      }
    };

    abstract Outcome outcome(LoginOutcomes.Checked checked, int status);
  }

  private record Attempt(HttpServletRequest request, LoginSurface surface, String where, String account, Rule rule) {

    Outcome outcome(LoginOutcomes.Checked checked, int status) {
      return rule.outcome(checked, status);
    }
  }

  private void tooManyAttempts(HttpServletResponse response, Admission admission) throws IOException {
    long seconds = Math.max(1, (admission.retryAfter().toMillis() + 999) / 1000);
    String wait = seconds < 120 ? seconds + " 秒" : "约 " + ((seconds + 59) / 60) + " 分钟";
    String why = switch (admission.refusedAt()) {
      case CLIENT -> "此地址登录失败次数过多";
      case CLIENT_ACCOUNT -> "此账号在此地址登录失败次数过多";
      case ACCOUNT -> "此账号近期登录失败次数过多";
    };
    LOG.debug("Login refused at level {} for {} s", admission.refusedAt(), seconds);
    response.setHeader("Retry-After", Long.toString(seconds));
    respond(response, 429, why + "，请 " + wait + "后再试");
  }

  private static void respond(HttpServletResponse response, int status, String message) throws IOException {
    SecurityErrors.write(response, status, message);
  }

  /** The account as the throttle keys it: as given, bounded in length (Camunda's ids have at most 64 characters). */
  static String accountKey(String account) {
    String a = account == null ? "" : account;
    return a.length() <= ACCOUNT_KEY_LENGTH ? a : a.substring(0, ACCOUNT_KEY_LENGTH) + "…";
  }

  /** The path as the container mapped it (decoded and normalised, unlike the raw URI). */
  private static String path(HttpServletRequest request) {
    return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
  }

  /** A field of an application/x-www-form-urlencoded body; "" when absent (still an attempt). */
  private static String formField(HttpServletRequest request, byte[] body, String name) {
    Charset charset = StandardCharsets.UTF_8;
    try {
      if (request.getCharacterEncoding() != null) {
        charset = Charset.forName(request.getCharacterEncoding());
      }
    } catch (RuntimeException e) {
      // keep UTF-8
    }
    for (String pair : new String(body, StandardCharsets.ISO_8859_1).split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      try {
        if (name.equals(URLDecoder.decode(key, charset))) {
          return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), charset);
        }
      } catch (IllegalArgumentException e) {
        return "";
      }
    }
    return "";
  }
}
