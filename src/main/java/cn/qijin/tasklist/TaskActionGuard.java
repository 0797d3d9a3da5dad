package cn.qijin.tasklist;

import cn.qijin.common.CachedBodyRequest;
import cn.qijin.common.ControlCharacters;
import cn.qijin.security.Roles;
import cn.qijin.security.SystemActions;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What a user may do to a task beyond reading it, on every way into the engine's task API
 * ({@code /engine-rest}, {@code /engine-rest/engine/<name>}, Tasklist's {@code /camunda/api/engine/engine/<name>})
 * (issue 10). The engine lets a task's candidates (TASK_WORK) do more than the product allows them:
 * <ul>
 *   <li>complete it ({@code submit-form}, {@code complete}, {@code resolve}) with the variables of its own
 *       form and nothing else: an undeclared variable ({@code unitId}, {@code escalation2At}, {@code ph2End} …),
 *       another type, a serialized object or text with control characters is refused with 400 before the
 *       engine sees it;
 *   <li>claim it for themselves only, not on behalf of another user;
 *   <li>never end it by a BPMN error or escalation, nor change or delete its comments (the reminders').
 * </ul>
 * The administrator may do the last two. Paths are matched decoded and normalised, as the REST servlet
 * routes them; a task the caller cannot see is answered here (fail closed): 409 when it has ended, else 404.
 */
public class TaskActionGuard extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(TaskActionGuard.class);
  private static final Pattern TASK_ACTION = Pattern.compile(
      "^(?:/engine-rest|/camunda/api/engine)(?:/engine/[^/]+)?/task/([^/]+)/"
          + "(submit-form|complete|resolve|claim|bpmnError|bpmnEscalation|comment(?:/.*)?)/?$");
  /** Starting a process (e.g. 上报问题 from Tasklist): by definition id, or by key with an optional tenant. */
  private static final Pattern PROCESS_START = Pattern.compile(
      "^(?:/engine-rest|/camunda/api/engine)(?:/engine/[^/]+)?/process-definition/"
          + "(?:key/([^/]+)(?:/tenant-id/[^/]+)?|([^/]+))/(?:submit-form|start)/?$");
  /** What a start form (Tasklist's or a REST client's) may send besides its variables. */
  private static final java.util.Set<String> START_OPTIONS = java.util.Set.of("variables", "businessKey", "withVariablesInReturn");
  /** Far above what any form sends (the largest, a notice draft, is a few kilobytes of JSON). */
  static final int MAX_BODY_BYTES = 1024 * 1024;
  /** No form field has a longer name; a longer one is not repeated back. */
  private static final int MAX_NAME_LENGTH = 64;

  private final TaskService tasks;
  private final RepositoryService repository;
  private final HistoryService history;
  private final IdentityService identity;
  private final FormDeclarations declarations;
  private final SystemActions system;
  private final ObjectMapper json = new ObjectMapper();

  public TaskActionGuard(TaskService tasks, RepositoryService repository, HistoryService history,
      IdentityService identity, FormDeclarations declarations, SystemActions system) {
    this.system = system;
    this.tasks = tasks;
    this.repository = repository;
    this.history = history;
    this.identity = identity;
    this.declarations = declarations;
  }

  private record Caller(String userId, List<String> groups) {
    boolean isAdmin() {
      return groups.contains(Roles.ADMIN);
    }
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String method = request.getMethod();
    return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)
        || !(TASK_ACTION.matcher(path(request)).matches() || PROCESS_START.matcher(path(request)).matches());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Matcher start = PROCESS_START.matcher(path(request));
    if (start.matches()) {
      guardStart(request, response, chain, start.group(1), start.group(2));
      return;
    }
    Matcher m = TASK_ACTION.matcher(path(request));
    m.matches();
    String taskId = m.group(1);
    String action = m.group(2);
    Caller caller = caller(request);
    if (caller == null) {
      chain.doFilter(request, response); // not logged in: the authentication filters answer 401
      return;
    }
    byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
      refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "提交的内容过大", request, "body over " + MAX_BODY_BYTES);
      return;
    }
    boolean commentChange = action.startsWith("comment") && !"POST".equals(request.getMethod());
    if ((action.startsWith("bpmn") || commentChange) && !caller.isAdmin()) {
      refuse(response, HttpServletResponse.SC_FORBIDDEN, "只有系统管理员可以进行此操作", request, action + " by " + caller.userId);
      return;
    }
    if (action.startsWith("comment") || (action.startsWith("bpmn") && caller.isAdmin())) {
      chain.doFilter(new CachedBodyRequest(request, body), response);
      return;
    }
    Task task = visibleTask(caller, taskId);
    if (task == null) {
      refuseMissing(response, request, taskId, caller);
      return;
    }
    if (leadershipOnly(task) && !caller.groups().contains(Roles.LEADERSHIP) && !caller.isAdmin()) {
      refuse(response, HttpServletResponse.SC_FORBIDDEN, "该任务须由领导小组成员办理（ORG-1），活动办公室只能查看", request,
          action + " of leadership task " + task.getId() + " (" + task.getTaskDefinitionKey() + ") by " + caller.userId);
      return;
    }
    try {
      List<String> refusals = "claim".equals(action) ? claimRefusals(caller, body) : formRefusals(declarations.of(task), body);
      if (!refusals.isEmpty()) {
        int status = "claim".equals(action) ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_BAD_REQUEST;
        refuse(response, status, "提交被拒绝：" + String.join("；", refusals) + "。", request,
            action + " of task " + task.getId() + " (" + task.getTaskDefinitionKey() + ") by " + caller.userId);
        return;
      }
    } catch (JsonProcessingException e) {
      refuse(response, HttpServletResponse.SC_BAD_REQUEST, "提交的内容不是有效的 JSON", request, e.getOriginalMessage());
      return;
    }
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  /**
   * A process is started with the variables of its own start form and nothing else — as a task is completed —
   * whoever starts it; without a deployed start form, with none. An unknown definition is left to the engine (404).
   */
  private void guardStart(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String key,
      String definitionId) throws ServletException, IOException {
    Caller caller = caller(request);
    if (caller == null) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
      refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "提交的内容过大", request, "body over " + MAX_BODY_BYTES);
      return;
    }
    ProcessDefinition definition = system.run(() -> key != null
        ? repository.createProcessDefinitionQuery().processDefinitionKey(key).withoutTenantId().latestVersion().singleResult()
        : repository.createProcessDefinitionQuery().processDefinitionId(definitionId).singleResult());
    if (definition != null) {
      try {
        List<String> refusals = new ArrayList<>(caller.isAdmin() ? List.of() : startOptionRefusals(body));
        refusals.addAll(formRefusals(declarations.ofStart(definition.getId()), body));
        if (!refusals.isEmpty()) {
          refuse(response, HttpServletResponse.SC_BAD_REQUEST, "提交被拒绝：" + String.join("；", refusals) + "。", request,
              "start of " + definition.getId() + " by " + caller.userId);
          return;
        }
      } catch (JsonProcessingException e) {
        refuse(response, HttpServletResponse.SC_BAD_REQUEST, "提交的内容不是有效的 JSON", request, e.getOriginalMessage());
        return;
      }
    }
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  /**
   * Start instructions, skipped listeners or I/O mappings would start the process past its start listener (which
   * checks the form and records who reports): only the administrator may ask for them.
   */
  private List<String> startOptionRefusals(byte[] body) throws JsonProcessingException {
    if (body.length == 0) {
      return List.of();
    }
    List<String> refusals = new ArrayList<>();
    for (Iterator<String> it = json.readTree(new String(body, StandardCharsets.UTF_8)).fieldNames(); it.hasNext(); ) {
      String option = it.next();
      if (!START_OPTIONS.contains(option)) {
        refusals.add("启动流程时不能指定“" + (option.length() > MAX_NAME_LENGTH || ControlCharacters.present(option)
            ? "无效的选项" : option) + "”");
      }
    }
    return refusals;
  }

  /** 409 when the task has ended (someone was faster), else 404: unknown, or not the caller's to see. */
  private void refuseMissing(HttpServletResponse response, HttpServletRequest request, String taskId, Caller caller)
      throws IOException {
    // with the application's rights: a unit cannot read history, yet it should hear that it was too late
    HistoricTaskInstance ended = system.run(
        () -> history.createHistoricTaskInstanceQuery().taskId(taskId).finished().singleResult());
    if (ended != null) {
      refuse(response, HttpServletResponse.SC_CONFLICT, "completed".equals(ended.getDeleteReason())
          ? "该任务已被他人完成，请刷新任务列表" : "该任务已结束，请刷新任务列表", request, "task " + taskId + " ended");
    } else {
      refuse(response, HttpServletResponse.SC_NOT_FOUND, "未找到该任务，可能已被删除或编号有误", request,
          "task " + taskId + " not visible to " + caller.userId);
    }
  }

  private List<String> formRefusals(FormDeclaration form, byte[] body) throws JsonProcessingException {
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
    if (!refusals.isEmpty()) {
      refusals.add("请在任务表单中填写后提交");
    }
    return refusals;
  }

  /**
   * ORG-1: a task of the leadership group (审批活动方案, 审定通报, 审定活动总结, 研究决定, 约谈) is decided by its members. The
   * office may see and work every other task, but deciding in the group's place would empty the group's role.
   */
  private boolean leadershipOnly(Task task) {
    return system.run(() -> tasks.getIdentityLinksForTask(task.getId())).stream()
        .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && Roles.LEADERSHIP.equals(link.getGroupId()));
  }

  /** A claim names the user who takes the task: the caller, unless the administrator assigns it. */
  private List<String> claimRefusals(Caller caller, byte[] body) throws JsonProcessingException {
    String claimant = body.length == 0 ? null : json.readTree(new String(body, StandardCharsets.UTF_8)).path("userId").asText(null);
    if (caller.isAdmin() || caller.userId.equals(claimant)) {
      return List.of();
    }
    return List.of("只能由本人认领任务（提交的认领人是 " + claimant + "）");
  }

  /** The task as the caller sees it (engine authorizations apply), or null. */
  private Task visibleTask(Caller caller, String taskId) {
    Authentication before = identity.getCurrentAuthentication();
    identity.setAuthentication(caller.userId, caller.groups);
    try {
      return tasks.createTaskQuery().taskId(taskId).singleResult();
    } finally {
      if (before != null) {
        identity.setAuthentication(before);
      } else {
        identity.clearAuthentication();
      }
    }
  }

  /** The logged-in caller: /engine-rest's Basic authentication, or a Camunda web app session. */
  private Caller caller(HttpServletRequest request) {
    Authentication rest = identity.getCurrentAuthentication();
    if (rest != null && rest.getUserId() != null) {
      return new Caller(rest.getUserId(), rest.getGroupIds() == null ? List.of() : List.copyOf(rest.getGroupIds()));
    }
    HttpSession session = request.getSession(false);
    Authentications auths = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    if (auths == null || auths.getAuthentications().isEmpty()) {
      return null;
    }
    UserAuthentication webapp = auths.getAuthentications().get(0);
    return new Caller(webapp.getIdentityId(), webapp.getGroupIds() == null ? List.of() : List.copyOf(webapp.getGroupIds()));
  }

  private void refuse(HttpServletResponse response, int status, String message, HttpServletRequest request, String why)
      throws IOException {
    LOG.warn("Refused {} {}: {} ({})", request.getMethod(), request.getRequestURI(), message, why);
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    String type = switch (status) {
      case HttpServletResponse.SC_FORBIDDEN -> "AuthorizationException";
      case HttpServletResponse.SC_CONFLICT -> "ConflictException";
      default -> "InvalidRequestException";
    };
    response.getOutputStream().write(json.writeValueAsBytes(Map.of("type", type, "message", message, "code", 0)));
  }

  /** The path as the servlet container routes it: decoded and normalised, unlike the raw request URI. */
  private static String path(HttpServletRequest request) {
    return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
  }
}
