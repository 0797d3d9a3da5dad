package cn.qijin.support.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Issue 13: a model test class that must walk every sequence flow of one process. Before the class, what was
 * taken in the process is forgotten; after it, a flow no test of the class took fails the class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(EveryFlowTaken.Check.class)
public @interface EveryFlowTaken {

  /** The BPMN as a classpath resource, e.g. {@code bpmn/qijin-campaign.bpmn}. */
  String model();

  /** The process id (key) in that model. */
  String process();

  final class Check implements BeforeAllCallback, AfterAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
      FlowCoverage.reset(of(context).process());
    }

    @Override
    public void afterAll(ExtensionContext context) {
      EveryFlowTaken flows = of(context);
      FlowCoverage.assertEveryFlowTaken(flows.model(), flows.process());
    }

    private static EveryFlowTaken of(ExtensionContext context) {
      return context.getRequiredTestClass().getAnnotation(EveryFlowTaken.class);
    }
  }
}
