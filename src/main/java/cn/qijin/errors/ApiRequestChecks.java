package cn.qijin.errors;

import cn.qijin.common.ControlCharacters;
import cn.qijin.kernel.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.data.domain.Pageable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Checks every /api request before its controller runs, so that no endpoint — also one added later —
 * fails with 500 on a client's mistake (issue 10): identifiers in the path are at most
 * {@value #MAX_ID_LENGTH} characters (the engine's ids are at most 64, the application's are numbers or
 * short codes), query parameters at most {@value #MAX_PARAMETER_LENGTH}, neither holds control characters,
 * and where the endpoint pages (a {@code page} or {@code size} parameter, or a {@link Pageable}) the page
 * is a whole number from 0 and the size from 1; a size above {@value #MAX_PAGE_SIZE} is served as
 * {@value #MAX_PAGE_SIZE} (each endpoint caps it), and a page so far out that its first row would not fit
 * the database's row offset is refused. A refusal is an {@link InvalidInputException}: 400 in Chinese.
 */
public class ApiRequestChecks implements HandlerInterceptor {

  private static final Logger LOG = LoggerFactory.getLogger(ApiRequestChecks.class);
  private static final ParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

  static final int MAX_ID_LENGTH = 64;
  static final int MAX_PARAMETER_LENGTH = 1000;
  static final int MAX_PAGE_SIZE = 200;
  /** The largest page whose rows still start below Integer.MAX_VALUE at the largest page size. */
  static final int MAX_PAGE = (Integer.MAX_VALUE - MAX_PAGE_SIZE) / MAX_PAGE_SIZE;

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    try {
      checkPathVariables(request);
      checkParameters(request);
      if (handler instanceof HandlerMethod method && pages(method)) {
        checkPaging(request);
      }
    } catch (Refused e) {
      LOG.info("Refused {} {} ({} characters): {}", request.getMethod(), abbreviate(request.getRequestURI()),
          request.getRequestURI().length(), e.why);
      throw e.refusal;
    }
    return true;
  }

  /** A refusal with its reason for the log, in English. */
  private static final class Refused extends RuntimeException {
    final String why;
    final InvalidInputException refusal;

    Refused(String why, String chineseMessage) {
      super(why, null, false, false);
      this.why = why;
      this.refusal = new InvalidInputException(chineseMessage);
    }
  }

  private static String abbreviate(String uri) {
    return uri.length() > 120 ? uri.substring(0, 120) + "…" : uri;
  }

  private static void checkPathVariables(HttpServletRequest request) {
    @SuppressWarnings("unchecked")
    var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    if (variables == null) {
      return;
    }
    for (String value : variables.values()) {
      if (value.length() > MAX_ID_LENGTH) {
        throw new Refused("path variable of " + value.length() + " characters",
            "请求路径中的编号过长（最多 " + MAX_ID_LENGTH + " 个字符）");
      }
      if (ControlCharacters.present(value) || value.chars().anyMatch(c -> c < 0x20)) {
        throw new Refused("control character in a path variable", "请求路径中含有不允许的" + ControlCharacters.DESCRIPTION);
      }
    }
  }

  private static void checkParameters(HttpServletRequest request) {
    for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
      String name = parameter.getKey();
      if (name.length() > MAX_ID_LENGTH || ControlCharacters.present(name)) {
        throw new Refused("parameter name of " + name.length() + " characters or with control characters",
            "请求中含有无效的参数名");
      }
      for (String value : parameter.getValue()) {
        if (value.length() > MAX_PARAMETER_LENGTH) {
          throw new Refused("parameter " + name + " of " + value.length() + " characters",
              "参数“" + name + "”过长（最多 " + MAX_PARAMETER_LENGTH + " 个字符）");
        }
        if (ControlCharacters.present(value)) {
          throw new Refused("control character in parameter " + name,
              "参数“" + name + "”含有不允许的" + ControlCharacters.DESCRIPTION);
        }
      }
    }
  }

  private static void checkPaging(HttpServletRequest request) {
    String page = request.getParameter("page");
    if (page != null && !page.isBlank()) {
      String refusal = "页码（page）须为不小于 0 的整数";
      int number = whole(page, refusal);
      if (number < 0) {
        throw new Refused("page " + page, refusal);
      }
      if (number > MAX_PAGE) {
        throw new Refused("page " + abbreviate(page) + " beyond " + MAX_PAGE, "页码（page）超出范围（最大 " + MAX_PAGE + "）");
      }
    }
    String size = request.getParameter("size");
    if (size != null && !size.isBlank()) {
      String refusal = "每页条数（size）须为 1 至 " + MAX_PAGE_SIZE + " 的整数";
      if (whole(size, refusal) < 1) {
        throw new Refused("size " + size, refusal);
      }
    }
  }

  /** A whole number; one beyond int's range counts as too large (a page) or is capped anyway (a size). */
  private static int whole(String text, String refusal) {
    String t = text.trim();
    if (!t.matches("[+-]?\\d{1,30}")) {
      throw new Refused("not a whole number: " + abbreviate(text), refusal);
    }
    try {
      return Integer.parseInt(t);
    } catch (NumberFormatException e) {
      return t.startsWith("-") ? Integer.MIN_VALUE : Integer.MAX_VALUE;
    }
  }

  /** Whether the endpoint takes a page: a Pageable, or a request parameter named page or size. */
  private static boolean pages(HandlerMethod method) {
    for (MethodParameter parameter : method.getMethodParameters()) {
      if (Pageable.class.isAssignableFrom(parameter.getParameterType())) {
        return true;
      }
      RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
      if (param != null) {
        parameter.initParameterNameDiscovery(NAMES);
        String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
        if ("page".equals(name) || "size".equals(name)) {
          return true;
        }
      }
    }
    return false;
  }
}
