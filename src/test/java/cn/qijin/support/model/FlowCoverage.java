package cn.qijin.support.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;

/**
 * Issue 13: which sequence flows the model tests took. The engine of the model tests
 * (qijin-model-test.cfg.xml) parses every deployed BPMN with {@link Recorder}, which puts a "take" listener
 * on each sequence flow; a model test class annotated {@link EveryFlowTaken} fails when a flow of its process
 * was taken by none of its tests.
 */
public final class FlowCoverage {

  private static final Map<String, Set<String>> TAKEN = new ConcurrentHashMap<>();

  private FlowCoverage() {}

  /** Forget what was taken in the process. */
  public static void reset(String processKey) {
    TAKEN.remove(processKey);
  }

  public static Set<String> taken(String processKey) {
    return new TreeSet<>(TAKEN.getOrDefault(processKey, Set.of()));
  }

  /** Every sequence flow of the process in the classpath resource, by id. */
  public static Set<String> flowsOf(String resource, String processKey) {
    try (InputStream in = FlowCoverage.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      BpmnModelInstance model = Bpmn.readModelFromStream(in);
      Process process = model.getModelElementById(processKey);
      return model.getModelElementsByType(SequenceFlow.class).stream()
          .filter(flow -> process.equals(processOf(flow)))
          .map(SequenceFlow::getId)
          .collect(Collectors.toCollection(TreeSet::new));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Process processOf(org.camunda.bpm.model.xml.instance.ModelElementInstance element) {
    var parent = element.getParentElement();
    while (parent != null && !(parent instanceof Process)) {
      parent = parent.getParentElement();
    }
    return (Process) parent;
  }

  /** Asserts that every sequence flow of the process was taken at least once since {@link #reset}. */
  public static void assertEveryFlowTaken(String resource, String processKey) {
    Set<String> all = flowsOf(resource, processKey);
    Set<String> missing = new TreeSet<>(all);
    missing.removeAll(taken(processKey));
    System.out.printf("Flow coverage %s: %d of %d sequence flows taken%n", processKey, all.size() - missing.size(),
        all.size());
    assertThat(missing).as("sequence flows of %s no model test took", processKey).isEmpty();
  }

  /** Registered in qijin-model-test.cfg.xml (customPreBPMNParseListeners). */
  public static class Recorder extends AbstractBpmnParseListener {

    private static final ExecutionListener TAKE = execution -> {
      String processKey = ((ExecutionEntity) execution).getProcessDefinition().getKey();
      String flowId = ((ExecutionEntity) execution).getTransition().getId();
      TAKEN.computeIfAbsent(processKey, key -> ConcurrentHashMap.newKeySet()).add(flowId);
    };

    @Override
    public void parseSequenceFlow(Element sequenceFlowElement, ScopeImpl scopeElement, TransitionImpl transition) {
      transition.addListener(ExecutionListener.EVENTNAME_TAKE, TAKE);
    }
  }
}
