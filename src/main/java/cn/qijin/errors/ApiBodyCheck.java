package cn.qijin.errors;

import cn.qijin.common.ControlCharacters;
import cn.qijin.kernel.InvalidInputException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * What no /api request body may hold, whatever its endpoint: the body as read into its record — in nested
 * records, lists and maps too — is checked before the controller sees it, and refused with 400 in Chinese
 * when a text holds control characters ({@link ControlCharacters}; stored, U+0000 fails on PostgreSQL and
 * U+202E shows readers something else than was written) or a date lies outside {@value #FIRST_YEAR}–{@value
 * #LAST_YEAR} (a campaign, session or deadline in year 0 or 99999 is a typing mistake, and would put timers
 * where no one looks). Each endpoint's own rules come after.
 */
@ControllerAdvice
public class ApiBodyCheck extends RequestBodyAdviceAdapter {

  private static final Logger LOG = LoggerFactory.getLogger(ApiBodyCheck.class);

  static final int FIRST_YEAR = 2000;
  static final int LAST_YEAR = 2099;
  private static final int MAX_DEPTH = 8;

  @Override
  public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
    return true;
  }

  @Override
  public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    Refusal refusal = refusal(body, "", 0);
    if (refusal != null) {
      LOG.info("Refused the body of {}.{}: {} in {}", parameter.getDeclaringClass().getSimpleName(),
          parameter.getExecutable().getName(), refusal.what(), refusal.path().isEmpty() ? "the body" : "field " + refusal.path());
      throw new InvalidInputException(refusal.message());
    }
    return body;
  }

  /** What is wrong where: for the log, and the user's message. */
  private record Refusal(String what, String path, String message) {}

  /** Why the value at this path is refused, or null. */
  private static Refusal refusal(Object value, String path, int depth) {
    if (value == null || depth > MAX_DEPTH) {
      return null;
    }
    if (value instanceof CharSequence text) {
      return ControlCharacters.present(text) ? controlCharacters(path) : null;
    }
    if (value instanceof LocalDate date) {
      return date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR ? new Refusal("date " + date, path,
          where(path) + "的日期须在 " + FIRST_YEAR + "-01-01 至 " + LAST_YEAR + "-12-31 之间") : null;
    }
    if (value instanceof Collection<?> items) {
      for (Object item : items) {
        Refusal found = refusal(item, path, depth + 1);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        String key = String.valueOf(entry.getKey());
        if (ControlCharacters.present(key)) {
          return controlCharacters(path);
        }
        Refusal found = refusal(entry.getValue(), join(path, key), depth + 1);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    if (value.getClass().isRecord()) {
      for (RecordComponent component : value.getClass().getRecordComponents()) {
        Refusal found = refusal(read(component, value), join(path, component.getName()), depth + 1);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static Refusal controlCharacters(String path) {
    return new Refusal("control character", path, where(path) + "含有不允许的" + ControlCharacters.DESCRIPTION);
  }

  private static String where(String path) {
    return path.isEmpty() ? "提交的内容" : "字段“" + path + "”";
  }

  private static Object read(RecordComponent component, Object record) {
    try {
      component.getAccessor().setAccessible(true);
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("Cannot read " + component + " of a request body", e);
    }
  }

  private static String join(String path, String name) {
    String shown = name.length() > 64 || ControlCharacters.present(name) ? "…" : name;
    return path.isEmpty() ? shown : path + "." + shown;
  }
}
