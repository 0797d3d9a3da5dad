package cn.qijin.errors;

import cn.qijin.common.Surfaces;
import cn.qijin.common.ControlCharacters;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine's REST APIs — /engine-rest and Tasklist's and Cockpit's {@code /camunda/api/engine} — answer a
 * client's mistake and a lost race with 4xx in Camunda's error shape {@code {"type","message","code"}} with a
 * Chinese message, never with 500 and the engine's class names (issues 10 and 12). Camunda maps only its
 * "bad user request" exceptions to 400 and authorization failures to 403; everything else, also a task
 * that another user completed a moment earlier, arrives as 500. This filter
 * <ul>
 *   <li>refuses before the engine: a path segment longer than an engine id can be ({@value #MAX_ID_LENGTH}
 *   characters; {@value #MAX_NAME_LENGTH} for a key or variable name) and control characters in the path,
 *   with 400 and without repeating the segment; a body over the limit with 413;</li>
 *   <li>translates after the engine answered 5xx (only error responses are held back, see
 *   {@link ErrorResponseCapture}): optimistic locking (Camunda's code 1) and deadlocks → 409; the engine
 *   refusing a Java-serialized variable (ENGINE-17007) → 400; a value too long for its column (code 10002) →
 *   400; a task action on a task that no longer exists → 409 when the history shows it ended (another user
 *   was faster; whatever the engine tripped over on the way — "task is null", a listener on an ended
 *   execution, or a 403 because the task's grants went with it), else 404; another "… is null" lookup →
 *   404; the database unreachable (the pool's wait ran out, the connection broke; see
 *   {@link DatabaseUnavailable}) → 503 with {@code Retry-After} and "数据库暂时无法访问，请稍后重试", checked first
 *   (issue 12).</li>
 * </ul>
 * Anything else stays as the engine answered. Camunda's own 4xx in its JSON shape (404 for an unknown task,
 * 400, 403) pass through unchanged; a 4xx without a JSON message — Camunda answers unreadable JSON with the
 * parser's text and Java class names as text/plain — gets one (the login's 401 comes in Camunda's shape already).
 */
public class EngineRestErrorFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(EngineRestErrorFilter.class);

  static final int MAX_ID_LENGTH = 64;
  static final int MAX_NAME_LENGTH = 255;
  /** Segments after these name a key or a variable (up to 255 characters in the engine), not an id. */
  private static final Set<String> NAMED_BY = Set.of("key", "variables", "localVariables");
  /** {@code /task/{id}} and below, after the engine prefix; {@code /task/create}, {@code /count}, {@code /report} name no task. */
  private static final Pattern TASK_PATH = Pattern.compile("^/task/(?!(?:create|count|report)(?:/|$))([^/]+)(/.*)?$");
  /** {@code /engine/{name}} in front of a named engine's resources. */
  private static final Pattern NAMED_ENGINE = Pattern.compile("^/engine/[^/]+(/.*)?$");
  private static final Pattern NULL_VALUE = Pattern.compile(".*: \\S+ is null\\.?$", Pattern.DOTALL);
  private static final String JSON = "application/json;charset=UTF-8";
  private static final String UNREADABLE = "请求内容格式不正确：须为有效的 JSON，各字段的类型须正确";

  private final TaskService tasks;
  private final HistoryService history;
  private final long maxBodyBytes;
  private final ObjectMapper json = new ObjectMapper();

  public EngineRestErrorFilter(TaskService tasks, HistoryService history, long maxBodyBytes) {
    this.tasks = tasks;
    this.history = history;
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String enginePath = enginePath(request);
    String refusal = pathRefusal(enginePath);
    if (refusal != null) {
      LOG.info("Refused {} {}: {} (path of {} characters)", request.getMethod(), shortUri(request), refusal,
          request.getRequestURI().length());
      write(response, 400, "InvalidRequestException", refusal, 0);
      return;
    }
    if (request.getContentLengthLong() > maxBodyBytes) {
      LOG.info("Refused {} {}: body of {} bytes over the limit of {}", request.getMethod(), shortUri(request),
          request.getContentLengthLong(), maxBodyBytes);
      write(response, 413, "InvalidRequestException", tooLargeMessage(), 0);
      return;
    }
    ErrorResponseCapture capture = new ErrorResponseCapture(response);
    chain.doFilter(new LimitedBodyRequest(request, maxBodyBytes), capture);
    if (request.isAsyncStarted()) {
      capture.passThrough();
      return;
    }
    if (!capture.capturing()) {
      return;
    }
    if (LimitedBodyRequest.exceeded(request)) {
      LOG.info("Refused {} {}: body over the limit of {} bytes", request.getMethod(), shortUri(request), maxBodyBytes);
      capture.replace(413, JSON, Surfaces.engineError("InvalidRequestException", tooLargeMessage(), 0));
      return;
    }
    int status = capture.capturedStatus();
    byte[] body = capture.capturedBody();
    Optional<Answer> answer = Optional.empty();
    if (status >= 500 || status == 403) {
      try {
        answer = translate(enginePath, status, body);
      } catch (RuntimeException e) {
        if (DatabaseUnavailable.causedBy(e)) {
          answer = Optional.of(databaseUnavailable(status + " answer, then " + e.getClass().getSimpleName()));
        } else {
          // looking up the task failed too: the engine's answer stands
          LOG.warn("Engine REST {} {}: could not translate its {} answer", request.getMethod(), shortUri(request), status, e);
        }
      }
    }
    if (answer.isPresent()) {
      Answer a = answer.get();
      String line = "Engine REST {} {} answered {} ({}): now {} — {}";
      Object[] args = {request.getMethod(), shortUri(request), status, a.engineError(), a.status(), a.why()};
      if (a.status() == 503) {
        LOG.warn(line, args);
        response.setHeader("Retry-After", Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS));
      } else {
        LOG.info(line, args);
      }
      capture.replace(a.status(), JSON, Surfaces.engineError(a.type(), a.message(), a.code()));
    } else if (status < 500 && !hasMessage(body)) {
      // Camunda answers unreadable JSON with the parser's text (and Java class names) as text/plain
      LOG.info("Engine REST {} {} answered {} without a JSON message: {}", request.getMethod(), shortUri(request),
          status, abbreviate(new String(body, StandardCharsets.UTF_8)));
      capture.replace(status, JSON, Surfaces.engineError(status == 401 ? "AuthenticationException"
          : "InvalidRequestException", status == 400 ? UNREADABLE : Surfaces.chineseMessage(status), 0));
    } else {
      capture.release();
    }
  }

  /**
   * What to answer instead of the engine's 5xx or 403, if it was the client's mistake or a lost race (the
   * loser of a race may also be refused for want of permission: the task's grants went with the task).
   */
  Optional<Answer> translate(String enginePath, int status, byte[] body) {
    JsonNode error = parse(body);
    String type = error.path("type").asText("");
    String message = error.path("message").asText("");
    int code = error.path("code").asInt(0);
    String engineError = type + ": " + abbreviate(message);
    if (status >= 500 && DatabaseUnavailable.engineError(type, message)) {
      // first: every other rule would ask the database again and wait for the pool once more
      return Optional.of(databaseUnavailable(engineError));
    }
    var task = TASK_PATH.matcher(enginePath);
    boolean taskPath = task.matches();
    if (status == 403) {
      return taskPath ? endedTask(task.group(1), engineError) : Optional.empty();
    }
    if (code == 1 || "OptimisticLockingException".equals(type) || message.contains("ENGINE-03005")) {
      return Optional.of(new Answer(409, "ConflictException", taskPath ? "该任务已被他人处理，请刷新后重试"
          : "数据已被他人同时修改，请刷新后重试", 1, engineError, "optimistic locking"));
    }
    if (code == 10_000) {
      return Optional.of(new Answer(409, "ConflictException", "操作与他人的操作同时进行，请稍后重试", code, engineError,
          "deadlock"));
    }
    if (message.contains("ENGINE-17007")) {
      return Optional.of(new Answer(400, "InvalidRequestException",
          "不允许提交 Java 序列化格式（application/x-java-serialized-object）的变量，请改用 JSON 等格式", 0, engineError,
          "Java serialization refused"));
    }
    if (code == 10_002) {
      return Optional.of(new Answer(400, "InvalidRequestException", "提交的内容过长，超出了可保存的长度", 0, engineError,
          "value too long for its column"));
    }
    if (taskPath) {
      String taskId = task.group(1);
      Optional<Answer> ended = endedTask(taskId, engineError);
      if (ended.isPresent()) {
        return ended;
      }
      if (tasks.createTaskQuery().taskId(taskId).count() == 0) {
        return Optional.of(new Answer(404, "InvalidRequestException", "未找到该任务，可能已被删除或编号有误", 0,
            engineError, "no task " + taskId));
      }
    }
    if ("NullValueException".equals(type) || NULL_VALUE.matcher(message).matches()) {
      return Optional.of(new Answer(404, "InvalidRequestException", "未找到所请求的记录，可能已被删除或编号有误", 0,
          engineError, "lookup found nothing"));
    }
    return Optional.empty();
  }

  private static Answer databaseUnavailable(String engineError) {
    return new Answer(503, DatabaseUnavailable.ENGINE_TYPE, DatabaseUnavailable.MESSAGE, 0, engineError,
        "database unreachable (Retry-After " + DatabaseUnavailable.RETRY_AFTER_SECONDS + " s)");
  }

  /** 409 when the task is no longer open and the history shows it ended: someone else was faster. */
  private Optional<Answer> endedTask(String taskId, String engineError) {
    if (tasks.createTaskQuery().taskId(taskId).count() > 0) {
      return Optional.empty();
    }
    HistoricTaskInstance ended = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
    if (ended == null || ended.getEndTime() == null) {
      return Optional.empty();
    }
    return Optional.of(new Answer(409, "ConflictException", "completed".equals(ended.getDeleteReason())
        ? "该任务已被他人完成，请刷新任务列表" : "该任务已结束，请刷新任务列表", 0, engineError,
        "task " + taskId + " ended (" + ended.getDeleteReason() + ")"));
  }

  /**
   * The path below the engine's REST root, decoded: {@code /task/1/complete} for
   * {@code /engine-rest/task/1/complete}, {@code /engine-rest/engine/default/task/1/complete} and
   * {@code /camunda/api/engine/engine/default/task/1/complete}.
   */
  static String enginePath(HttpServletRequest request) {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    var named = NAMED_ENGINE.matcher(path);
    if (named.matches()) {
      path = named.group(1) == null ? "" : named.group(1);
    }
    return path;
  }

  /** Why the path is refused before the engine sees it, or null. */
  static String pathRefusal(String enginePath) {
    String previous = "";
    for (String segment : enginePath.split("/")) {
      int limit = NAMED_BY.contains(previous) ? MAX_NAME_LENGTH : MAX_ID_LENGTH;
      if (segment.length() > limit) {
        return "请求路径中的编号或名称过长（编号最多 " + MAX_ID_LENGTH + " 个字符），请检查链接";
      }
      if (segment.chars().anyMatch(c -> c < 0x20) || ControlCharacters.present(segment)) {
        return "请求路径中含有不允许的" + ControlCharacters.DESCRIPTION;
      }
      previous = segment;
    }
    return null;
  }

  private String tooLargeMessage() {
    return "提交的内容过大（最多 " + Surfaces.size(maxBodyBytes) + "）";
  }

  private boolean hasMessage(byte[] body) {
    JsonNode message = parse(body).path("message");
    return message.isTextual() && !message.asText().isBlank();
  }

  private JsonNode parse(byte[] body) {
    try {
      JsonNode node = json.readTree(body);
      return node == null ? json.createObjectNode() : node;
    } catch (IOException e) {
      return json.createObjectNode();
    }
  }

  private void write(HttpServletResponse response, int status, String type, String message, int code) throws IOException {
    byte[] body = Surfaces.engineError(type, message, code);
    response.setStatus(status);
    response.setContentType(JSON);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private static String shortUri(HttpServletRequest request) {
    return abbreviate(request.getRequestURI());
  }

  private static String abbreviate(String text) {
    return text.length() > 200 ? text.substring(0, 200) + "… (" + text.length() + " characters)" : text;
  }

  /** The answer given instead of the engine's, and why (for the log). */
  record Answer(int status, String type, String message, int code, String engineError, String why) {}
}
