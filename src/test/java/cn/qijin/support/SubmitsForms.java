package cn.qijin.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The forms of forms/ (file names, e.g. {@code "issue-plan.html"}) a browser test opens in Tasklist and submits.
 * Checked twice: after the test, that it submitted exactly these through {@link TasklistSession} (which counts a form
 * only when the page showed it and the engine then completed its task or started its process; see
 * {@link SubmittedForms}); and by {@code cn.qijin.browser.FormCoverageTest}, that every form is declared by some test.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ExtendWith(SubmittedForms.class)
public @interface SubmitsForms {

  String[] value();
}
