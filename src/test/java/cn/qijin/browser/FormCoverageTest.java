package cn.qijin.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qijin.support.BrowserAvailable;
import cn.qijin.support.SubmitsForms;
import cn.qijin.support.SubmittedForms;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 13: every form of forms/ is opened and submitted in Tasklist by at least one browser test. A browser test
 * declares the forms it submits with {@link SubmitsForms}, and after the test its declaration is held against what
 * it submitted (see {@link cn.qijin.support.SubmittedForms}); here, without a browser, every form must be declared.
 * And the forms' plain field groups are the shared block of the forms script, not copies.
 */
class FormCoverageTest {

  @Test
  void every_form_is_submitted_by_a_browser_test() throws Exception {
    Map<String, List<String>> declared = declarations();
    Set<String> forms = forms();
    assertThat(new TreeSet<>(declared.keySet())).as("forms declared by @SubmitsForms that forms/ does not have")
        .isSubsetOf(forms);
    Set<String> missing = new TreeSet<>(forms);
    missing.removeAll(declared.keySet());
    assertThat(missing).as("forms no browser test opens and submits in Tasklist (declare them with @SubmitsForms "
        + "on the test that does)").isEmpty();
  }

  @Test
  void every_declaration_is_on_a_browser_test_that_runs_in_ci() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Method method : annotatedMethods()) {
      String where = method.getDeclaringClass().getSimpleName() + "." + method.getName();
      if (!method.isAnnotationPresent(Test.class)) {
        problems.add(where + " is not a @Test");
      }
      // BrowserAvailable fails (not skips) the class under CI=true: a declaration is never silently unchecked there
      ExtendWith extensions = method.getDeclaringClass().getAnnotation(ExtendWith.class);
      if (extensions == null || !Arrays.asList(extensions.value()).contains(BrowserAvailable.class)) {
        problems.add(where + " is in a class without @ExtendWith(BrowserAvailable.class)");
      }
    }
    assertThat(problems).isEmpty();
  }

  /**
   * Shared form parts are written once: a field group of the usual shape (label for one field, the field, its error,
   * its help) is placed with {@code <div qj-block="field" ...>} of the forms script, not written out again. Groups
   * with an id (choices, evidence) and the rows of consolidation.html (labels bound per row) have their own shapes.
   */
  @Test
  void plain_field_groups_use_the_shared_field_block() throws IOException {
    List<String> handWritten = new ArrayList<>();
    for (String form : forms()) {
      Matcher group = HAND_WRITTEN_FIELD.matcher(Files.readString(SubmittedForms.FORMS.resolve(form)));
      while (group.find()) {
        handWritten.add(form + ": " + group.group(1));
      }
    }
    assertThat(handWritten).as("field groups written out instead of <div qj-block=\"field\" qj-field=... qj-label=...>")
        .isEmpty();
  }

  private static final Pattern HAND_WRITTEN_FIELD = Pattern.compile("<div class=\"form-group\"(?![^>]*\\bid=)[^>]*>\\s*"
      + "<label class=\"control-label\" for=\"([\\w-]+)\">[^<]*(?: <span class=\"text-danger\">\\*</span>)?</label>");

  /** Form file → the browser tests declaring it. */
  private static Map<String, List<String>> declarations() throws Exception {
    Map<String, List<String>> declared = new TreeMap<>();
    for (Method method : annotatedMethods()) {
      for (String form : method.getAnnotation(SubmitsForms.class).value()) {
        declared.computeIfAbsent(form, f -> new ArrayList<>())
            .add(method.getDeclaringClass().getSimpleName() + "." + method.getName());
      }
    }
    return declared;
  }

  private static Set<String> forms() throws IOException {
    try (Stream<Path> files = Files.list(SubmittedForms.FORMS)) {
      Set<String> forms = new TreeSet<>(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html"))
          .toList());
      assertThat(forms).as("forms/*.html").hasSizeGreaterThan(20);
      return forms;
    }
  }

  /** The @SubmitsForms methods of the compiled *BrowserTest classes of this package. */
  private static List<Method> annotatedMethods() throws IOException, URISyntaxException, ClassNotFoundException {
    Path dir = Path.of(FormCoverageTest.class.getResource("").toURI());
    List<String> classes;
    try (Stream<Path> files = Files.list(dir)) {
      classes = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("BrowserTest.class")).sorted()
          .toList();
    }
    assertThat(classes).as("browser tests in " + dir).hasSizeGreaterThan(5);
    List<Method> methods = new ArrayList<>();
    for (String file : classes) {
      Class<?> type = Class.forName(FormCoverageTest.class.getPackageName() + "."
          + file.substring(0, file.length() - ".class".length()));
      Arrays.stream(type.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(SubmitsForms.class))
          .forEach(methods::add);
    }
    assertThat(methods).as("@SubmitsForms tests").isNotEmpty();
    return methods;
  }
}
