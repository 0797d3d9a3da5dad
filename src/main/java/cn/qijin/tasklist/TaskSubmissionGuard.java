package cn.qijin.tasklist;

import cn.qijin.common.ControlCharacters;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A task is completed with the variables of its own form and nothing else (issue 10): a submission
 * through {@code /engine-rest} or Tasklist's API that carries a variable the task's form does not
 * declare — {@code unitId}, {@code obligationId}, {@code ph2End}, {@code reviewApproved} on a unit's
 * task … — or a declared one with another type, or text with control characters ({@link ControlCharacters}),
 * is refused with 400 and a Chinese message before the engine sees it, so nothing changes. Tasks the
 * caller cannot see pass on to the engine, which refuses them.
 */
public class TaskSubmissionGuard extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(TaskSubmissionGuard.class);
  private static final Pattern SUBMISSION = Pattern.compile(
      "^(/engine-rest|/camunda/api/engine/engine/[^/]+)/task/([^/]+)/(submit-form|complete|resolve)/?$");
  /** Far above what any form sends (the largest, a notice draft, is a few kilobytes of JSON). */
  static final int MAX_BODY_BYTES = 1024 * 1024;
  /** No form field has a longer name; a longer one is not repeated back. */
  private static final int MAX_NAME_LENGTH = 64;

  private final TaskService tasks;
  private final IdentityService identity;
  private final FormDeclarations declarations;
  private final ObjectMapper json = new ObjectMapper();

  public TaskSubmissionGuard(TaskService tasks, IdentityService identity, FormDeclarations declarations) {
    this.tasks = tasks;
    this.identity = identity;
    this.declarations = declarations;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || !SUBMISSION.matcher(path(request)).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Matcher m = SUBMISSION.matcher(path(request));
    m.matches();
    byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
      refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "提交的内容过大", request, "body over " + MAX_BODY_BYTES);
      return;
    }
    Task task = visibleTask(request, m.group(2));
    if (task != null) {
      List<String> refusals;
      try {
        refusals = refusals(declarations.of(task), body);
      } catch (JsonProcessingException e) {
        refuse(response, HttpServletResponse.SC_BAD_REQUEST, "提交的内容不是有效的 JSON", request, e.getOriginalMessage());
        return;
      }
      if (!refusals.isEmpty()) {
        refuse(response, HttpServletResponse.SC_BAD_REQUEST,
            "提交被拒绝：" + String.join("；", refusals) + "。请在任务表单中填写后提交。", request,
            "task " + task.getId() + " (" + task.getTaskDefinitionKey() + ")");
        return;
      }
    }
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  private List<String> refusals(FormDeclaration form, byte[] body) throws JsonProcessingException {
    List<String> refusals = new ArrayList<>();
    if (body.length == 0) {
      return refusals;
    }
    JsonNode variables = json.readTree(new String(body, StandardCharsets.UTF_8)).path("variables");
    for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> variable = it.next();
      String name = variable.getKey();
      if (name.length() > MAX_NAME_LENGTH || ControlCharacters.present(name)) {
        refusals.add("提交中含有无效的字段名");
        continue;
      }
      JsonNode value = variable.getValue().path("value");
      if (value.isTextual() && ControlCharacters.present(value.asText())) {
        refusals.add("字段“" + name + "”含有不允许的" + ControlCharacters.DESCRIPTION);
      }
      JsonNode type = variable.getValue().path("type");
      form.refusal(name, type.isTextual() ? type.asText() : null).ifPresent(refusals::add);
    }
    return refusals;
  }

  /** The task as the caller sees it (engine authorizations apply), or null. */
  private Task visibleTask(HttpServletRequest request, String taskId) {
    Authentication rest = identity.getCurrentAuthentication();
    UserAuthentication webapp = rest == null ? webappUser(request) : null;
    if (rest == null && webapp == null) {
      return null; // not logged in: Camunda's own filters answer
    }
    if (webapp != null) {
      identity.setAuthentication(webapp.getIdentityId(), webapp.getGroupIds());
    }
    try {
      return tasks.createTaskQuery().taskId(taskId).singleResult();
    } finally {
      if (webapp != null) {
        identity.clearAuthentication();
      }
    }
  }

  private static UserAuthentication webappUser(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Authentications auths = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    return auths == null || auths.getAuthentications().isEmpty() ? null : auths.getAuthentications().get(0);
  }

  private void refuse(HttpServletResponse response, int status, String message, HttpServletRequest request, String why)
      throws IOException {
    LOG.warn("Refused {} {}: {} ({})", request.getMethod(), request.getRequestURI(), message, why);
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    response.getOutputStream().write(json.writeValueAsBytes(Map.of("type", "InvalidRequestException", "message", message, "code", 0)));
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  /** The request with its body read once here and replayed to the engine's REST resource. */
  private static final class CachedBodyRequest extends HttpServletRequestWrapper {

    private final byte[] body;

    CachedBodyRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public int available() {
          return in.available();
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
      return new BufferedReader(new InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(encoding)));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
