package cn.qijin.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The forms a browser test has submitted, as {@link TasklistSession} records them, held against the test's
 * {@link SubmitsForms}. Registered by that annotation. Test classes run one after another in a JVM, so one
 * test's record at a time is enough.
 */
public final class SubmittedForms implements BeforeEachCallback, AfterEachCallback {

  /** Where the forms' sources are (the working directory of a Maven test run is the project's). */
  public static final Path FORMS = Path.of("forms");

  private static final Pattern FORM_NAME = Pattern.compile("<form\\b[^>]*\\bname=\"(\\w+)\"");
  private static final String EMBEDDED = "embedded:deployment:forms/";

  private static volatile Set<String> current;

  @Override
  public void beforeEach(ExtensionContext context) {
    current = ConcurrentHashMap.newKeySet();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Set<String> submitted = new TreeSet<>(current);
    current = null;
    if (context.getExecutionException().isPresent()) {
      return; // the test's own failure says more
    }
    SubmitsForms declared = context.getRequiredTestMethod().getAnnotation(SubmitsForms.class);
    assertThat(submitted).as(context.getRequiredTestMethod().getName()
            + ": the forms it opened in Tasklist and submitted, as its @SubmitsForms declares")
        .containsExactlyInAnyOrder(declared.value());
  }

  /** A form the page showed and the engine then accepted: its task completed or its process started. */
  static void record(String formFile) {
    Set<String> record = current;
    if (record != null) {
      record.add(formFile);
    }
  }

  /** The form file (issue-plan.html) of a form key embedded:deployment:forms/issue-plan.html. */
  static String fileOf(String formKey) {
    assertThat(formKey).as("form key").startsWith(EMBEDDED);
    return formKey.substring(EMBEDDED.length());
  }

  /** The name of the form element of a file of forms/ (Tasklist keeps it: form[name=...]). */
  static String formName(String formFile) {
    try {
      Matcher name = FORM_NAME.matcher(Files.readString(FORMS.resolve(formFile)));
      assertThat(name.find()).as(formFile + " has <form name=...>").isTrue();
      return name.group(1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
