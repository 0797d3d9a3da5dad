package cn.qijin.kernel.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads the variable names the models use: the identifiers in the BPMN expressions and the DMN input
 * expressions, the BPMN attributes that name a variable, and the names the embedded forms and their shared
 * script read or write. Plain XML and text; no engine.
 */
final class ProcessModels {

  static final Path BPMN = Path.of("bpmn");
  static final Path FORMS = Path.of("forms");
  static final Path FORMS_SCRIPT =
      Path.of("src/main/resources/META-INF/resources/webjars/camunda/app/tasklist/scripts/qijin-forms.js");

  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
  private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"");
  /** An identifier not reached through a dot (a bean's method or a property is not a variable). */
  private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.])([A-Za-z_]\\w*)");
  /** JUEL's keywords and literals. */
  static final Set<String> EL_KEYWORDS = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge", "div",
      "mod", "empty", "instanceof", "true", "false", "null");
  /** Attributes whose value names a variable. */
  private static final Set<String> VARIABLE_ATTRIBUTES = Set.of("elementVariable", "resultVariable");

  /** Where a model uses a name, for messages. */
  record Use(String name, String processKey, String where) {}

  private ProcessModels() {}

  static List<Path> files(Path dir, String suffix) {
    try (Stream<Path> paths = Files.list(dir)) {
      return paths.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Document parse(Path file) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      return factory.newDocumentBuilder().parse(file.toFile());
    } catch (Exception e) {
      throw new IllegalStateException("Cannot read " + file, e);
    }
  }

  /** The identifiers an expression's text refers to as variables or beans (keywords left out). */
  static Set<String> identifiers(String expressionText) {
    Set<String> names = new LinkedHashSet<>();
    Matcher expression = EXPRESSION.matcher(expressionText);
    while (expression.find()) {
      Matcher id = IDENTIFIER.matcher(QUOTED.matcher(expression.group(1)).replaceAll("''"));
      while (id.find()) {
        if (!EL_KEYWORDS.contains(id.group(1))) {
          names.add(id.group(1));
        }
      }
    }
    return names;
  }

  /** Every name a process model uses: expressions anywhere (form keys excepted), variable attributes, call activity mappings. */
  static List<Use> bpmnUses() {
    List<Use> uses = new ArrayList<>();
    for (Path file : files(BPMN, ".bpmn")) {
      Element process = processOf(file);
      String key = process.getAttribute("id");
      walk(process, element -> {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
          Attr attr = (Attr) attributes.item(i);
          String where = file.getFileName() + " " + element.getLocalName() + " " + element.getAttribute("id")
              + " @" + attr.getLocalName();
          if (CAMUNDA_NS.equals(attr.getNamespaceURI()) && "formKey".equals(attr.getLocalName())) {
            continue;
          }
          if (CAMUNDA_NS.equals(attr.getNamespaceURI()) && VARIABLE_ATTRIBUTES.contains(attr.getLocalName())) {
            uses.add(new Use(attr.getValue(), key, where));
          }
          boolean mapping = CAMUNDA_NS.equals(element.getNamespaceURI())
              && ("in".equals(element.getLocalName()) || "out".equals(element.getLocalName()))
              && ("source".equals(attr.getLocalName()) || "target".equals(attr.getLocalName()));
          if (mapping) {
            uses.add(new Use(attr.getValue(), key, where));
          }
          identifiers(attr.getValue()).forEach(name -> uses.add(new Use(name, key, where)));
        }
        String text = ownText(element);
        identifiers(text).forEach(name -> uses.add(new Use(name, key,
            file.getFileName() + " " + element.getLocalName() + " in " + parentId(element))));
      });
    }
    return uses;
  }

  /** The variables the DMN input expressions read, per decision key (evaluated with the variables Java passes). */
  static Map<String, Set<String>> dmnInputs() {
    Map<String, Set<String>> inputs = new LinkedHashMap<>();
    for (Path file : files(BPMN, ".dmn")) {
      Document dmn = parse(file);
      NodeList decisions = dmn.getElementsByTagNameNS("*", "decision");
      for (int i = 0; i < decisions.getLength(); i++) {
        Element decision = (Element) decisions.item(i);
        Set<String> names = new TreeSet<>();
        NodeList expressions = decision.getElementsByTagNameNS("*", "inputExpression");
        for (int j = 0; j < expressions.getLength(); j++) {
          String text = expressions.item(j).getTextContent().trim();
          Matcher id = IDENTIFIER.matcher(QUOTED.matcher(text).replaceAll("''"));
          while (id.find()) {
            if (!EL_KEYWORDS.contains(id.group(1))) {
              names.add(id.group(1));
            }
          }
        }
        inputs.put(decision.getAttribute("id"), names);
      }
    }
    return inputs;
  }

  /** Form file name (forms/x.html) → the process keys whose tasks or start event use it. */
  static Map<String, Set<String>> formProcesses() {
    Map<String, Set<String>> forms = new LinkedHashMap<>();
    for (Path file : files(BPMN, ".bpmn")) {
      Element process = processOf(file);
      walk(process, element -> {
        String formKey = element.getAttributeNS(CAMUNDA_NS, "formKey");
        if (formKey.startsWith("embedded:deployment:")) {
          forms.computeIfAbsent(formKey.substring("embedded:deployment:".length()), f -> new TreeSet<>())
              .add(process.getAttribute("id"));
        }
      });
    }
    return forms;
  }

  private static final List<Pattern> FORM_NAMES = List.of(
      Pattern.compile("\\bcam-variable-name=\"(\\w+)\""),
      Pattern.compile("createVariable\\(\\s*\\{\\s*name:\\s*'(\\w+)'"),
      Pattern.compile("(?:variableValue|takePreviousValue|fetchVariable|variable|destroyVariable)\\(\\s*'(\\w+)'"),
      Pattern.compile("evidenceList\\(\\s*'[^']*'\\s*,\\s*'(\\w+)'"),
      Pattern.compile("\\bqj\\.v\\.(\\w+)"));
  private static final Pattern SHOW = Pattern.compile("\\bshow:\\s*\\[([^\\]]*)]");
  private static final Pattern SHOWN = Pattern.compile("'(\\w+)'");
  private static final Pattern CAMPAIGN_VARS = Pattern.compile("CAMPAIGN_VARS\\s*=\\s*\\[([^\\]]*)]");

  /** The process variable names a form's fields and script read or write. */
  static Set<String> formNames(String html) {
    Set<String> names = new TreeSet<>();
    for (Pattern pattern : FORM_NAMES) {
      Matcher m = pattern.matcher(html);
      while (m.find()) {
        names.add(m.group(1));
      }
    }
    Matcher show = SHOW.matcher(html);
    while (show.find()) {
      Matcher name = SHOWN.matcher(show.group(1));
      while (name.find()) {
        names.add(name.group(1));
      }
    }
    return names;
  }

  /** The names the shared forms script reads for every form (its campaign context and its context panels). */
  static Set<String> sharedScriptNames() {
    String script = read(FORMS_SCRIPT);
    Set<String> names = formNames(script);
    names.addAll(campaignVars(script));
    // qj.v.ph1Start … built as 'qj.v.ph' + n + 'Start': the CAMPAIGN_VARS above name them
    names.remove("ph");
    return names;
  }

  private static final Pattern BLOCK_USE = Pattern.compile("\\bqj-block=\"(\\w+)\"");
  private static final Pattern BLOCK_START = Pattern.compile("(?m)^    (\\w+): function");

  /**
   * The names each shared HTML block of the forms script ({@code <div qj-block="obligation">}) shows: its
   * {@code qj.v.x}; the campaign block shows CAMPAIGN_VARS (its phase names are built by concatenation).
   */
  static Map<String, Set<String>> sharedBlockNames() {
    String script = read(FORMS_SCRIPT);
    int start = script.indexOf("var BLOCKS = {");
    int end = script.indexOf("\n  };", start);
    if (start < 0 || end < 0) {
      throw new IllegalStateException("BLOCKS not found in " + FORMS_SCRIPT);
    }
    String blocks = script.substring(start, end);
    Map<String, Set<String>> names = new LinkedHashMap<>();
    Matcher block = BLOCK_START.matcher(blocks);
    List<Integer> starts = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    while (block.find()) {
      starts.add(block.start());
      keys.add(block.group(1));
    }
    starts.add(blocks.length());
    for (int i = 0; i < keys.size(); i++) {
      Set<String> used = formNames(blocks.substring(starts.get(i), starts.get(i + 1)));
      used.remove("ph");
      names.put(keys.get(i), used);
    }
    names.get("campaign").addAll(campaignVars(script));
    return names;
  }

  /** A form's names with those of the shared blocks it places. */
  static Set<String> formNamesWithBlocks(String html, Map<String, Set<String>> blocks) {
    Set<String> names = formNames(html);
    Matcher use = BLOCK_USE.matcher(html);
    while (use.find()) {
      Set<String> shown = blocks.get(use.group(1));
      if (shown == null) {
        throw new IllegalStateException("unknown qj-block " + use.group(1));
      }
      names.addAll(shown);
    }
    return names;
  }

  private static Set<String> campaignVars(String script) {
    Matcher vars = CAMPAIGN_VARS.matcher(script);
    if (!vars.find()) {
      throw new IllegalStateException("CAMPAIGN_VARS not found in " + FORMS_SCRIPT);
    }
    Set<String> names = new TreeSet<>();
    Matcher name = SHOWN.matcher(vars.group(1));
    while (name.find()) {
      names.add(name.group(1));
    }
    return names;
  }

  private static Element processOf(Path file) {
    NodeList processes = parse(file).getElementsByTagNameNS("*", "process");
    if (processes.getLength() != 1) {
      throw new IllegalStateException(file + " should hold exactly one process, has " + processes.getLength());
    }
    return (Element) processes.item(0);
  }

  private interface ElementVisitor {
    void visit(Element element);
  }

  private static void walk(Element element, ElementVisitor visitor) {
    visitor.visit(element);
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e) {
        walk(e, visitor);
      }
    }
  }

  private static String ownText(Element element) {
    StringBuilder text = new StringBuilder();
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        text.append(child.getNodeValue());
      }
    }
    return text.toString();
  }

  private static String parentId(Element element) {
    for (Node n = element; n != null; n = n.getParentNode()) {
      if (n instanceof Element e && !e.getAttribute("id").isEmpty()) {
        return e.getAttribute("id");
      }
    }
    return "?";
  }
}
