package cn.qijin.errors;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.CampaignService;
import cn.qijin.evidence.EvidenceStore;
import cn.qijin.evidence.EvidenceUploads;
import cn.qijin.security.Roles;
import cn.qijin.support.CampaignDriver;
import cn.qijin.support.QijinSpringTest;
import cn.qijin.support.TestFiles;
import cn.qijin.support.WebTestUsers;
import cn.qijin.unit.Unit;
import cn.qijin.unit.UnitService;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue 10: a client's mistake never gets a 5xx, and changes nothing. A corpus of bad requests — malformed
 * JSON, wrong types, huge strings and ids, control characters, out-of-range pages and impossible dates, odd
 * multipart, unknown ids, other methods and content types — goes to every /api endpoint (read from Spring's
 * request mappings, so an endpoint added later is covered without touching this test) as the office, and to
 * the engine's task endpoints as the administrator and the office. Every answer is below 500, and /api
 * refuses every request; every 4xx carries a JSON message (Chinese on /api, in Camunda's shape on the
 * engine's API); an oversized id is never repeated back; and the product's tables, the engine's runtime
 * and history tables and the evidence store hold exactly what they held before.
 */
@QijinSpringTest
class BadInputCorpusTest {

  private static final String OFFICE = "corpusoffice";
  private static final String ADMIN = "admin";
  private static final String ADMIN_PASSWORD = "test-admin";
  private static final String HUGE_ID = "1".repeat(5000);
  private static final String HUGE_TEXT = "长".repeat(100_000);
  private static final String UNKNOWN_ID = "999999999";
  private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}/]+)}");
  private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");
  private static final String SERIALIZED = "{\"value\":\"rO0ABXQABGV2aWw=\",\"type\":\"Object\",\"valueInfo\":"
      + "{\"objectTypeName\":\"java.lang.String\",\"serializationDataFormat\":\"application/x-java-serialized-object\"}}";
  /** Engine tables a bad request could write to (the product's own tables are all compared). */
  private static final List<String> ENGINE_TABLES = List.of("ACT_RU_TASK", "ACT_RU_VARIABLE", "ACT_RU_EXECUTION",
      "ACT_RU_IDENTITYLINK", "ACT_RU_JOB", "ACT_GE_BYTEARRAY", "ACT_HI_TASKINST", "ACT_HI_VARINST", "ACT_HI_DETAIL",
      "ACT_HI_COMMENT", "ACT_HI_ATTACHMENT", "ACT_RU_AUTHORIZATION");

  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
  @Autowired ProcessEngine engine;
  @Autowired UnitService units;
  @Autowired CampaignService campaigns;
  @Autowired JdbcTemplate jdbc;
  @Autowired EvidenceUploads uploads;
  @Autowired EvidenceStore store;
  @LocalServerPort int port;

  RawHttp http;
  /** The contents of every file the corpus sends (none may stay in the evidence store). */
  final List<byte[]> uploadedContents = new ArrayList<>();
  Campaign campaign;
  Unit unit;
  Task officeTask;

  /** A bad request, who sends it, and how to label it in a failure. */
  record Case(String label, String user, String method, String path, byte[] body, String contentType,
      String... headers) {

    String password() {
      return ADMIN.equals(user) ? ADMIN_PASSWORD : WebTestUsers.PASSWORD;
    }
  }

  @BeforeEach
  void campaignWithAnOpenTask() {
    http = new RawHttp(port);
    WebTestUsers.ensure(engine.getIdentityService(), OFFICE, Roles.OFFICE);
    CampaignDriver drive = new CampaignDriver(engine, units, campaigns, jdbc, uploads);
    drive.retireExistingUnits();
    drive.at("2017-06-01T09:00");
    unit = drive.unit("ENTERPRISE");
    campaign = drive.start(drive.defineFromDefaultTemplate());
    officeTask = drive.task(campaign.getProcessInstanceId(), "IssuePlanTask");
    ClockUtil.reset();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void no_bad_request_gets_a_server_error_and_none_writes_anything() {
    List<Case> corpus = new ArrayList<>();
    corpus.addAll(apiCases());
    corpus.addAll(uploadCases());
    corpus.addAll(engineCases());
    Map<String, Object> before = written();

    List<String> failures = new ArrayList<>();
    List<String> accepted = new ArrayList<>();
    Map<Integer, Integer> byStatus = new TreeMap<>();
    for (Case c : corpus) {
      RawHttp.Response response = send(c);
      byStatus.merge(response.status(), 1, Integer::sum);
      if (response.status() < 400) {
        accepted.add(c.label() + " → " + response.status());
      }
      String problem = problem(c, response);
      if (problem != null) {
        failures.add(c.label() + " → " + response.status() + " " + RawHttp.abbreviate(response.body()) + ": " + problem);
      }
    }
    System.out.println("Bad-input corpus: " + corpus.size() + " requests, answers by status " + byStatus
        + "; not refused: " + accepted);

    assertThat(corpus).hasSizeGreaterThan(300);
    assertThat(failures).as("answers to bad requests").isEmpty();
    assertThat(changes(before, written())).as("rows and stored files written by the corpus").isEmpty();
  }

  @Test
  void a_request_without_a_valid_login_gets_401_with_a_chinese_message() {
    String wrong = RawHttp.basic(OFFICE, "wrong");
    for (String[] auth : List.of(new String[0], new String[] {"Authorization", wrong})) {
      RawHttp.Response api = http.send("POST", "/api/units", "{}".getBytes(), concat(auth, "Content-Type", "application/json"));
      assertThat(api.status()).isEqualTo(401);
      assertThat(api.json()).containsEntry("status", 401).containsEntry("message", "请先登录（用户名和密码有误或未提供）");
      RawHttp.Response engine = http.send("POST", "/engine-rest/task/" + officeTask.getId() + "/complete", "{}".getBytes(),
          concat(auth, "Content-Type", "application/json"));
      assertThat(engine.status()).isEqualTo(401);
      assertThat(engine.headers().firstValue("WWW-Authenticate")).isPresent();
      assertThat(engine.json()).containsEntry("type", "AuthenticationException")
          .containsEntry("message", "请先登录（用户名和密码有误或未提供）");
    }
  }

  private static String[] concat(String[] first, String... more) {
    return Stream.concat(Stream.of(first), Stream.of(more)).toArray(String[]::new);
  }

  private String problem(Case c, RawHttp.Response response) {
    if (response.status() >= 500) {
      return "server error";
    }
    if (response.status() < 400) {
      // Camunda's REST API is lenient in places (deleting an unknown task is 204, ?maxResults=-1 lists
      // all): those answers are listed, not failed; /api accepts none of the corpus
      return c.path().startsWith("/api") ? "accepted" : null;
    }
    if (response.body().contains(HUGE_ID.substring(0, 100))) {
      return "repeats the oversized id";
    }
    Map<String, Object> body = response.json();
    Object message = body.get("message");
    if (!(message instanceof String text) || text.isBlank()) {
      return "no JSON message";
    }
    if (c.path().startsWith("/api")) {
      if (!CJK.matcher(text).find()) {
        return "message not in Chinese";
      }
      if (!Integer.valueOf(response.status()).equals(body.get("status"))) {
        return "status in the body differs";
      }
      if (!text.equals(body.get("detail")) || !(body.get("title") instanceof String title) || !CJK.matcher(title).find()) {
        return "not an RFC 9457 problem detail in Chinese";
      }
      if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
        return "not served as application/problem+json";
      }
    } else if (!body.containsKey("type")) {
      return "not in Camunda's error shape";
    }
    if (text.contains("Exception") && c.path().startsWith("/api")) {
      return "names an exception";
    }
    return null;
  }

  private RawHttp.Response send(Case c) {
    List<String> headers = new ArrayList<>(List.of("Authorization", RawHttp.basic(c.user(), c.password())));
    if (c.contentType() != null) {
      headers.addAll(List.of("Content-Type", c.contentType()));
    }
    headers.addAll(List.of(c.headers()));
    return http.send(c.method(), c.path(), c.body(), headers.toArray(String[]::new));
  }

  // ---------------------------------------------------------------------------------------------- /api

  private List<Case> apiCases() {
    List<Case> cases = new ArrayList<>();
    Set<String> patternsSeen = new TreeSet<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
      RequestMappingInfo info = mapping.getKey();
      HandlerMethod handler = mapping.getValue();
      Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
      String method = methods.isEmpty() ? "GET" : methods.iterator().next().name();
      for (String pattern : info.getPatternValues()) {
        if (!pattern.startsWith("/api/")) {
          continue;
        }
        String label = method + " " + pattern;
        cases.addAll(pathCases(label, method, pattern, handler));
        cases.addAll(parameterCases(label, method, pattern, handler));
        cases.addAll(bodyCases(label, method, pattern, handler));
        if (patternsSeen.add(pattern)) {
          cases.add(apiCase(label + " by PATCH", "PATCH", fill(pattern, null, null), "{}".getBytes(), "application/json"));
          cases.add(apiCase(label + " unknown sub-path", "GET", fill(pattern, null, null) + "/nope", null, null));
        }
      }
    }
    assertThat(patternsSeen).as("/api endpoints found in the request mappings").hasSizeGreaterThan(30);
    cases.add(apiCase("GET /api/nope", "GET", "/api/nope", null, null));
    cases.add(apiCase("GET /api/units as XML", "GET", "/api/units", null, null, "Accept", "application/xml"));
    cases.add(apiCase("GET /api/audit issue 10 page", "GET", "/api/audit?page=2147483647&size=2147483647", null, null));
    return cases;
  }

  /** Bad values for each path variable in turn (the others filled with existing records). */
  private List<Case> pathCases(String label, String method, String pattern, HandlerMethod handler) {
    List<Case> cases = new ArrayList<>();
    Matcher variables = PATH_VARIABLE.matcher(pattern);
    byte[] body = hasBody(handler) ? "{}".getBytes() : null;
    String type = hasBody(handler) ? "application/json" : null;
    while (variables.find()) {
      String name = variables.group(1);
      for (String bad : List.of(UNKNOWN_ID, "abc", "-1", "1.5", "99999999999999999999999", HUGE_ID, "%00", "a%00b",
          "%E2%80%AE", "%20", "%0A")) {
        String path = fill(pattern, name, bad);
        if (path.equals(fill(pattern, null, null))) {
          continue; // the "bad" value is what the record has: not a bad request
        }
        cases.add(apiCase(label + " {" + name + "}=" + RawHttp.abbreviate(bad), method, path, body, type));
      }
    }
    return cases;
  }

  /** Bad values for each query parameter in turn; paging parameters out of range. */
  private List<Case> parameterCases(String label, String method, String pattern, HandlerMethod handler) {
    List<Case> cases = new ArrayList<>();
    String base = fill(pattern, null, null);
    for (MethodParameter parameter : handler.getMethodParameters()) {
      RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
      Class<?> type = parameter.getParameterType();
      if (Pageable.class.isAssignableFrom(type)) {
        cases.addAll(pagingCases(label, method, base));
        continue;
      }
      if (param == null || MultipartFile.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)) {
        continue;
      }
      parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
      String name = param.name().isEmpty() ? parameter.getParameterName() : param.name();
      if (name.equals("page") || name.equals("size")) {
        if (name.equals("page")) {
          cases.addAll(pagingCases(label, method, base));
        }
        continue;
      }
      List<String> bad = new ArrayList<>(List.of("x".repeat(5000), "a%00b", "%E2%80%AE", "%7F"));
      if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
        bad.addAll(List.of("abc", "99999999999999999999999", "1e3"));
      } else if (type == LocalDate.class || name.equals("from") || name.equals("to")) {
        bad.addAll(List.of("2017-02-30", "99999-01-01", "2017-13-01", "yesterday"));
      } else if (type == boolean.class || type == Boolean.class) {
        bad.add("maybe");
      }
      for (String value : bad) {
        cases.add(apiCase(label + " ?" + name + "=" + RawHttp.abbreviate(value), method,
            base + (base.contains("?") ? "&" : "?") + name + "=" + value, null, null));
      }
    }
    return cases;
  }

  private List<Case> pagingCases(String label, String method, String base) {
    List<Case> cases = new ArrayList<>();
    for (String query : List.of("page=-1", "page=abc", "page=2147483647", "page=99999999999", "size=0", "size=-5",
        "size=abc", "page=2147483647&size=2147483647", "page=1.5", "size=%00")) {
      cases.add(apiCase(label + " ?" + query, method, base + "?" + query, null, null));
    }
    return cases;
  }

  /** Malformed, mistyped, oversized and control-character bodies; other content types. */
  private List<Case> bodyCases(String label, String method, String pattern, HandlerMethod handler) {
    if (!hasBody(handler)) {
      return List.of();
    }
    List<Case> cases = new ArrayList<>();
    String path = fill(pattern, null, null);
    Class<?> bodyType = Stream.of(handler.getMethodParameters())
        .filter(p -> p.hasParameterAnnotation(RequestBody.class)).findFirst().orElseThrow().getParameterType();
    Map<String, String> bodies = new LinkedHashMap<>();
    bodies.put("malformed JSON", "{\"a\": ");
    bodies.put("empty body", "");
    bodies.put("array", "[]");
    bodies.put("null", "null");
    bodies.put("a string", "\"文本\"");
    bodies.put("a number", "42");
    bodies.put("deeply nested", "[".repeat(5000) + "]".repeat(5000));
    bodies.put("duplicate keys and trailing garbage", "{\"a\":1,\"a\":2} xyz");
    bodies.put("duplicate keys", "{\"a\": 1, \"a\": 2}");
    bodies.put("trailing garbage", "{} xyz");
    if (bodyType.isRecord()) {
      for (RecordComponent component : bodyType.getRecordComponents()) {
        String field = component.getName();
        Class<?> type = component.getType();
        bodies.put(field + " huge", json(field, HUGE_TEXT));
        bodies.put(field + " NUL", json(field, "前\u0000后"));
        bodies.put(field + " RLO", json(field, "照片\u202egnp.exe"));
        bodies.put(field + " object", "{\"" + field + "\": {\"a\": 1}}");
        if (type == String.class) {
          bodies.put(field + " invalid UTF-8", "{\"" + field + "\": \"\u00c3\u0028\"}"); // as ISO-8859-1 bytes below
        } else if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
          bodies.put(field + " text", json(field, "二十"));
          bodies.put(field + " overflow", "{\"" + field + "\": 99999999999999999999999}");
          bodies.put(field + " negative", "{\"" + field + "\": -1}");
          bodies.put(field + " fraction", "{\"" + field + "\": 1.5}");
        } else if (type == LocalDate.class) {
          bodies.put(field + " 2017-02-30", json(field, "2017-02-30"));
          bodies.put(field + " 99999-01-01", json(field, "99999-01-01"));
          bodies.put(field + " +99999-01-01", json(field, "+99999-01-01"));
          bodies.put(field + " 0000-01-01", json(field, "0000-01-01"));
        } else if (type == Boolean.class || type == boolean.class) {
          bodies.put(field + " maybe", json(field, "maybe"));
        } else if (List.class.isAssignableFrom(type)) {
          bodies.put(field + " not a list", json(field, "1,2"));
          Type element = component.getGenericType() instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : null;
          if (element == Long.class) {
            bodies.put(field + " huge ids", "{\"" + field + "\": [99999999999999999999999]}");
            bodies.put(field + " unknown ids", "{\"" + field + "\": [" + UNKNOWN_ID + ", -1]}");
          }
        }
      }
    }
    for (Map.Entry<String, String> body : bodies.entrySet()) {
      // the invalid UTF-8 bodies go out byte for byte (C3 28 is no UTF-8 sequence)
      byte[] bytes = body.getValue().getBytes(body.getKey().endsWith("invalid UTF-8") ? StandardCharsets.ISO_8859_1
          : StandardCharsets.UTF_8);
      cases.add(apiCase(label + " body " + body.getKey(), method, path, bytes, "application/json"));
    }
    cases.add(apiCase(label + " body too large", method, path, json("x", "y".repeat(2 * 1024 * 1024))
        .getBytes(StandardCharsets.UTF_8), "application/json"));
    cases.add(apiCase(label + " as text/plain", method, path, "{}".getBytes(), "text/plain"));
    cases.add(apiCase(label + " as XML", method, path, "<a/>".getBytes(), "application/xml"));
    cases.add(apiCase(label + " as a form", method, path, "a=1".getBytes(), "application/x-www-form-urlencoded"));
    return cases;
  }

  private List<Case> uploadCases() {
    String path = "/api/evidence/uploads";
    List<Case> cases = new ArrayList<>();
    byte[] png = TestFiles.photo("x.png").bytes();
    cases.add(apiCase("upload: multipart without boundary", "POST", path, "--x\r\n\r\n--x--".getBytes(), "multipart/form-data"));
    cases.add(apiCase("upload: garbage after the boundary", "POST", path, "no parts here".getBytes(),
        "multipart/form-data; boundary=xyz"));
    cases.add(apiCase("upload: unterminated part", "POST", path,
        "--xyz\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.png\"\r\n\r\nabc".getBytes(),
        "multipart/form-data; boundary=xyz"));
    cases.add(apiCase("upload: no parts", "POST", path, "--xyz--\r\n".getBytes(), "multipart/form-data; boundary=xyz"));
    cases.add(multipart("upload: empty part", part("files", "", new byte[0])));
    cases.add(multipart("upload: empty file", part("files", "leer.png", new byte[0])));
    cases.add(multipart("upload: wrong field name", part("file", "照片.png", png)));
    cases.add(multipart("upload: a field, no file", "--B\r\nContent-Disposition: form-data; name=\"files\"\r\n\r\ntext\r\n"
        .getBytes(StandardCharsets.UTF_8)));
    cases.add(multipart("upload: text as a photo", part("files", "照片.png", "只是文字".getBytes(StandardCharsets.UTF_8))));
    cases.add(multipart("upload: RLO in the name", part("files", "照片\u202egnp.png", png)));
    cases.add(multipart("upload: NUL in the name", part("files", "照片\u0000.png", png)));
    cases.add(multipart("upload: path in the name", part("files", "../../etc/照片.png", png)));
    cases.add(multipart("upload: 5000-character name", part("files", "名".repeat(5000) + ".png", png)));
    cases.add(multipart("upload: same photo twice", concat(part("files", "a.png", png), part("files", "b.png", png))));
    cases.add(multipart("upload: good photo and a bad file", concat(part("files", "a.png", png),
        part("files", "b.exe", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1)))));
    cases.add(apiCase("upload: JSON", "POST", path, "{\"files\": []}".getBytes(), "application/json"));
    cases.add(apiCase("upload: no body", "POST", path, null, null));
    return cases;
  }

  private Case multipart(String label, byte[] parts) {
    return apiCase(label, "POST", "/api/evidence/uploads", concat(parts, "--B--\r\n".getBytes()),
        "multipart/form-data; boundary=B");
  }

  private byte[] part(String field, String fileName, byte[] content) {
    uploadedContents.add(content);
    return concat(("--B\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
        + "\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8), content, "\r\n".getBytes());
  }

  private Case apiCase(String label, String method, String path, byte[] body, String contentType, String... headers) {
    return new Case(label, OFFICE, method, path, body, contentType, headers);
  }

  /** The pattern with {@code name} replaced by {@code value} and every other variable by an existing record's. */
  private String fill(String pattern, String name, String value) {
    Matcher m = PATH_VARIABLE.matcher(pattern);
    StringBuilder path = new StringBuilder();
    while (m.find()) {
      String variable = m.group(1);
      String before = pattern.substring(0, m.start());
      String replacement = variable.equals(name) ? value : existing(before);
      m.appendReplacement(path, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(path);
    return path.toString();
  }

  /** An existing record for the variable after this path: the corpus's campaign, unit or quarter. */
  private String existing(String pathBefore) {
    if (pathBefore.endsWith("/campaigns/")) {
      return campaign.getId().toString();
    }
    if (pathBefore.endsWith("/units/")) {
      return unit.getCode();
    }
    if (pathBefore.endsWith("/quarters/")) {
      return "2017Q3";
    }
    return UNKNOWN_ID;
  }

  private static boolean hasBody(HandlerMethod handler) {
    return Stream.of(handler.getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(RequestBody.class));
  }

  // --------------------------------------------------------------------------------------- engine REST

  private List<Case> engineCases() {
    List<Case> cases = new ArrayList<>();
    String task = officeTask.getId();
    for (String id : List.of(UNKNOWN_ID, HUGE_ID, "%00", "%E2%80%AE", "a%20b", "nope")) {
      String label = "task " + RawHttp.abbreviate(id);
      String base = "/engine-rest/task/" + id;
      for (String sub : List.of("", "/form", "/form-variables", "/variables", "/localVariables", "/rendered-form",
          "/deployed-form", "/identity-links", "/comment", "/attachment", "/variables/planDocumentNumber")) {
        cases.add(engineCase(ADMIN, label + " GET" + sub, "GET", base + sub, null, null));
      }
      for (String action : List.of("complete", "submit-form", "resolve")) {
        cases.add(engineCase(ADMIN, label + " " + action, "POST", base + "/" + action, "{}", "application/json"));
        cases.add(engineCase(OFFICE, label + " " + action + " as office", "POST", base + "/" + action,
            "{\"variables\":{}}", "application/json"));
      }
      for (String action : List.of("claim", "assignee", "delegate")) {
        cases.add(engineCase(ADMIN, label + " " + action, "POST", base + "/" + action, "{\"userId\":\"office\"}",
            "application/json"));
      }
      cases.add(engineCase(ADMIN, label + " unclaim", "POST", base + "/unclaim", null, null));
      cases.add(engineCase(ADMIN, label + " PUT variable", "PUT", base + "/variables/x",
          "{\"value\":\"a\",\"type\":\"String\"}", "application/json"));
      cases.add(engineCase(ADMIN, label + " DELETE variable", "DELETE", base + "/variables/x", null, null));
      cases.add(engineCase(ADMIN, label + " modify variables", "POST", base + "/variables",
          "{\"modifications\":{\"x\":{\"value\":1,\"type\":\"Long\"}}}", "application/json"));
      cases.add(engineCase(ADMIN, label + " comment", "POST", base + "/comment/create", "{\"message\":\"x\"}",
          "application/json"));
      cases.add(engineCase(ADMIN, label + " PUT", "PUT", base, "{\"name\":\"x\"}", "application/json"));
      cases.add(engineCase(ADMIN, label + " DELETE", "DELETE", base, null, null));
    }

    String submit = "/engine-rest/task/" + task + "/submit-form";
    Map<String, String> submissions = new LinkedHashMap<>();
    submissions.put("malformed JSON", "{\"variables\": {");
    submissions.put("array", "[]");
    submissions.put("variables not an object", "{\"variables\": \"x\"}");
    submissions.put("wrong type", "{\"variables\": {\"planDocumentNumber\": {\"value\": \"x\", \"type\": \"Long\"}}}");
    submissions.put("value an object", "{\"variables\": {\"planDocumentNumber\": {\"value\": {\"a\": 1}, \"type\": \"String\"}}}");
    submissions.put("unknown type", "{\"variables\": {\"planDocumentNumber\": {\"value\": \"x\", \"type\": \"Nope\"}}}");
    submissions.put("undeclared variable", "{\"variables\": {\"campaignId\": {\"value\": 1, \"type\": \"Long\"}}}");
    submissions.put("serialized Java object", "{\"variables\": {\"planDocumentNumber\": " + SERIALIZED + "}}");
    submissions.put("impossible date", "{\"variables\": {\"planDocumentNumber\": {\"value\": \"台〔2017〕1号\", \"type\": \"String\"},"
        + " \"planIssueDate\": {\"value\": \"2017-02-30\", \"type\": \"String\"}}}");
    submissions.put("year 99999", "{\"variables\": {\"planDocumentNumber\": {\"value\": \"台〔2017〕1号\", \"type\": \"String\"},"
        + " \"planIssueDate\": {\"value\": \"99999-01-01\", \"type\": \"String\"}}}");
    submissions.put("NUL in a field, otherwise complete", "{\"variables\": {\"planDocumentNumber\": {\"value\": "
        + "\"台〔2017〕\\u00001号\", \"type\": \"String\"}, \"planIssueDate\": {\"value\": \"2017-06-01\", \"type\": \"String\"}}}");
    submissions.put("RLO in a field, otherwise complete", "{\"variables\": {\"planDocumentNumber\": {\"value\": "
        + "\"台〔2017〕\u202e1号\", \"type\": \"String\"}, \"planIssueDate\": {\"value\": \"2017-06-01\", \"type\": \"String\"}}}");
    submissions.put("5000-character field name", "{\"variables\": {\"" + "v".repeat(5000) + "\": {\"value\": 1}}}");
    submissions.put("huge text", "{\"variables\": {\"planDocumentNumber\": {\"value\": \"" + HUGE_TEXT + "\", \"type\": \"String\"}}}");
    submissions.put("missing fields", "{\"variables\": {}}");
    submissions.put("empty body", "");
    for (Map.Entry<String, String> s : submissions.entrySet()) {
      for (String action : List.of("submit-form", "complete")) {
        String path = submit.replace("submit-form", action);
        cases.add(engineCase(ADMIN, action + ": " + s.getKey(), "POST", path, s.getValue(), "application/json"));
        cases.add(engineCase(OFFICE, action + " as office: " + s.getKey(), "POST", path, s.getValue(), "application/json"));
      }
    }
    cases.add(engineCase(ADMIN, "submit-form too large", "POST", submit, "{\"variables\": {\"x\": {\"value\": \""
        + "y".repeat(2 * 1024 * 1024) + "\"}}}", "application/json"));
    cases.add(engineCase(ADMIN, "submit-form as text/plain", "POST", submit, "{}", "text/plain"));
    String variables = "/engine-rest/task/" + task + "/variables";
    cases.add(engineCase(ADMIN, "PUT serialized variable", "PUT", variables + "/x", SERIALIZED, "application/json"));
    cases.add(engineCase(ADMIN, "PUT serialized local variable", "PUT", variables.replace("variables", "localVariables") + "/x",
        SERIALIZED, "application/json"));
    cases.add(engineCase(ADMIN, "modify with a serialized variable", "POST", variables,
        "{\"modifications\": {\"x\": " + SERIALIZED + "}}", "application/json"));
    cases.add(engineCase(ADMIN, "PUT variable with a 5000-character name", "PUT", variables + "/" + "v".repeat(5000),
        "{\"value\":\"a\",\"type\":\"String\"}", "application/json"));
    cases.add(engineCase(ADMIN, "PUT variable too large", "PUT", variables + "/x",
        "{\"value\":\"" + "y".repeat(11 * 1024 * 1024) + "\",\"type\":\"String\"}", "application/json"));
    cases.add(engineCase(ADMIN, "PUT variable, malformed", "PUT", variables + "/x", "{\"value\":", "application/json"));
    cases.add(engineCase(ADMIN, "PUT variable, wrong type", "PUT", variables + "/x", "{\"value\":\"abc\",\"type\":\"Integer\"}",
        "application/json"));
    cases.add(engineCase(ADMIN, "PUT variable, unknown type", "PUT", variables + "/x", "{\"value\":\"abc\",\"type\":\"Nope\"}",
        "application/json"));
    cases.add(engineCase(ADMIN, "create task, id too long", "POST", "/engine-rest/task/create",
        "{\"id\": \"" + "t".repeat(100) + "\", \"name\": \"x\"}", "application/json"));
    cases.add(engineCase(ADMIN, "create task, malformed", "POST", "/engine-rest/task/create", "{\"id\": ", "application/json"));
    cases.add(engineCase(ADMIN, "create task, wrong types", "POST", "/engine-rest/task/create",
        "{\"id\": {\"a\": 1}, \"priority\": \"high\"}", "application/json"));
    for (String query : List.of("maxResults=-1", "firstResult=abc", "dueBefore=2017-02-30T00:00:00.000%2B0800",
        "dueBefore=99999-01-01T00:00:00.000%2B0800", "sortBy=nope&sortOrder=asc", "sortOrder=asc", "priority=abc",
        "maxResults=99999999999999")) {
      cases.add(engineCase(ADMIN, "task query ?" + query, "GET", "/engine-rest/task?" + query, null, null));
    }
    cases.add(engineCase(ADMIN, "task query, malformed", "POST", "/engine-rest/task", "{\"a\": ", "application/json"));
    cases.add(engineCase(ADMIN, "task query, wrong types", "POST", "/engine-rest/task",
        "{\"dueBefore\": \"2017-02-30\", \"priority\": \"x\"}", "application/json"));
    cases.add(engineCase(ADMIN, "start unknown process", "POST", "/engine-rest/process-definition/key/nope/start",
        "{}", "application/json"));
    cases.add(engineCase(ADMIN, "start with a serialized variable", "POST",
        "/engine-rest/process-definition/key/nope/start", "{\"variables\": {\"x\": " + SERIALIZED + "}}", "application/json"));
    cases.add(engineCase(ADMIN, "unknown instance's variables", "GET",
        "/engine-rest/process-instance/" + UNKNOWN_ID + "/variables", null, null));
    cases.add(engineCase(ADMIN, "unknown execution's variables", "GET",
        "/engine-rest/execution/" + UNKNOWN_ID + "/localVariables", null, null));
    cases.add(engineCase(ADMIN, "huge instance id", "GET", "/engine-rest/process-instance/" + HUGE_ID, null, null));
    cases.add(engineCase(ADMIN, "message nobody waits for", "POST", "/engine-rest/message",
        "{\"messageName\": \"nope\"}", "application/json"));
    return cases;
  }

  private Case engineCase(String user, String label, String method, String path, String body, String contentType) {
    return new Case("engine " + user + ": " + label, user, method, path,
        body == null ? null : body.getBytes(StandardCharsets.UTF_8), contentType);
  }

  // ------------------------------------------------------------------------------------------ written

  /** Row counts of the product's tables and the engine's runtime tables, and the stored evidence files. */
  private Map<String, Object> written() {
    Map<String, Object> counts = new TreeMap<>();
    List<String> tables = jdbc.queryForList("select table_name from information_schema.tables "
        + "where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'", String.class);
    for (String table : tables) {
      if (!table.startsWith("ACT_") || ENGINE_TABLES.contains(table)) {
        counts.put(table, jdbc.queryForObject("select count(*) from \"" + table + "\"", Long.class));
      }
    }
    assertThat(counts).containsKeys("UNIT", "CAMPAIGN", "EVIDENCE", "EVIDENCE_UPLOAD", "AUDIT_EVENT", "ACT_RU_TASK",
        "ACT_RU_VARIABLE");
    // the store's directory may be shared with other test runs on this machine: look for the corpus's files only
    counts.put("evidence files the corpus uploaded", new TreeSet<>(uploadedContents.stream().map(this::sha256)
        .filter(sha -> Files.exists(store.path(sha))).toList()));
    return counts;
  }

  private String sha256(byte[] content) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> changes(Map<String, Object> before, Map<String, Object> after) {
    List<String> changes = new ArrayList<>();
    for (String key : after.keySet()) {
      Object was = before.get(key);
      Object is = after.get(key);
      if (was instanceof Set<?> old && is instanceof Set<?> now) {
        Set<Object> added = new TreeSet<>(now);
        added.removeAll(old);
        Set<Object> removed = new TreeSet<>(old);
        removed.removeAll(now);
        if (!added.isEmpty() || !removed.isEmpty()) {
          changes.add(key + ": added " + added + ", removed " + removed);
        }
      } else if (!is.equals(was)) {
        changes.add(key + ": " + was + " → " + is);
      }
    }
    return changes;
  }

  private static String json(String field, String value) {
    return "{\"" + field + "\": \"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\u0000", "\\u0000") + "\"}";
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
