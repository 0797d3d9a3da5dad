package cn.qijin.kernel.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.stereotype.Component;

/**
 * The process-variable contract ({@link ProcessVariables}) against the models: every name a BPMN expression,
 * a DMN input or a form uses is a Spring bean, an engine built-in or a declared variable of that process; the
 * contract itself has unique names, known process keys and no dead entries. Plain JUnit, no Spring context.
 */
class ProcessVariableContractTest {

  /** Names the engine provides to expressions. */
  static final Set<String> ENGINE_BUILT_INS = Set.of("execution", "task", "authenticatedUserId", "dateTime",
      "nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances", "loopCounter", "processEngine");

  private static Set<String> beans;

  @BeforeAll
  static void findBeans() throws ClassNotFoundException {
    beans = beanNames();
  }

  @Test
  void everyNameInABpmnExpressionIsABeanABuiltInOrAVariableOfThatProcess() {
    List<String> problems = new ArrayList<>();
    List<ProcessModels.Use> uses = ProcessModels.bpmnUses();
    assertThat(uses).as("the BPMN scan finds the models' expressions").hasSizeGreaterThan(100);
    for (ProcessModels.Use use : uses) {
      boolean variable = ProcessVariables.byName(use.name()) != null;
      if (!variable && (beans.contains(use.name()) || ENGINE_BUILT_INS.contains(use.name()))) {
        continue;
      }
      problems.addAll(check(use.name(), Set.of(use.processKey()), use.where()));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theBeansTheModelsNameAreFoundByTheScan() {
    // a wrong scan would make every identifier look like a bean; these are used by the models
    assertThat(beans).contains("campaignProcesses", "obligationLadder", "unitCampaignInitializer",
        "checklistTaskNamer", "supervisionSchedule", "problemReportOverdue");
  }

  @Test
  void noExpressionUsesANameThatIsBothABeanAndAVariable() {
    // in an expression the variable would win over the bean: ambiguous for a reader. The bean EvidenceUploads
    // shares its name with the form field evidenceUploads, which no expression uses.
    Set<String> both = new TreeSet<>(beans);
    both.retainAll(ProcessVariables.ALL.stream().map(ProcessVariable::name).toList());
    assertThat(both).containsExactly("evidenceUploads");
    assertThat(ProcessModels.bpmnUses()).noneMatch(use -> both.contains(use.name()));
  }

  @Test
  void dmnInputsAreVariables() {
    Map<String, Set<String>> inputs = ProcessModels.dmnInputs();
    assertThat(inputs).isNotEmpty();
    List<String> problems = new ArrayList<>();
    inputs.forEach((decision, names) -> names.stream().filter(n -> ProcessVariables.byName(n) == null)
        .forEach(n -> problems.add("DMN " + decision + " reads " + n + ", which is not in ProcessVariables")));
    assertThat(problems).isEmpty();
  }

  @Test
  void everyNameAFormUsesIsAVariableOfTheProcessesUsingTheForm() {
    Map<String, Set<String>> formProcesses = ProcessModels.formProcesses();
    Map<String, Set<String>> blocks = ProcessModels.sharedBlockNames();
    assertThat(blocks.get("obligation")).contains("obligationCode", "quarterStart");
    assertThat(blocks.get("campaign")).contains("campaignName", "ph2End");
    List<String> problems = new ArrayList<>();
    for (Path form : ProcessModels.files(ProcessModels.FORMS, ".html")) {
      String key = "forms/" + form.getFileName();
      Set<String> processes = formProcesses.get(key);
      if (processes == null) {
        problems.add(key + " is used by no process");
        continue;
      }
      Set<String> names = ProcessModels.formNamesWithBlocks(ProcessModels.read(form), blocks);
      assertThat(names).as(key + " uses some variable").isNotEmpty();
      for (String name : names) {
        problems.addAll(check(name, processes, key));
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theSharedFormsScriptReadsOnlyContractNames() {
    Set<String> names = ProcessModels.sharedScriptNames();
    assertThat(names).contains("campaignName", "ph1Start", "ph3End", "roundId");
    assertThat(names.stream().filter(n -> ProcessVariables.byName(n) == null).toList()).isEmpty();
  }

  @Test
  void theProcessKeysAreTheModelsProcesses() {
    Set<String> inModels = new TreeSet<>();
    ProcessModels.bpmnUses().forEach(u -> inModels.add(u.processKey()));
    assertThat(new TreeSet<>(ProcessKeys.ALL)).isEqualTo(inModels);
  }

  @Test
  void namesAreUniqueAndEveryConstantIsListed() throws IllegalAccessException {
    List<ProcessVariable<?>> constants = new ArrayList<>();
    for (Field field : ProcessVariables.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == ProcessVariable.class) {
        ProcessVariable<?> variable = (ProcessVariable<?>) field.get(null);
        constants.add(variable);
        assertThat(field.getName()).as("constant of " + variable.name()).isEqualTo(constantName(variable.name()));
      }
    }
    assertThat(ProcessVariables.ALL).containsExactlyInAnyOrderElementsOf(constants);
    Set<String> names = new HashSet<>();
    for (ProcessVariable<?> variable : ProcessVariables.ALL) {
      assertThat(names.add(variable.name())).as("duplicate name " + variable.name()).isTrue();
      assertThat(variable.name()).matches("[a-z][A-Za-z0-9]*");
      assertThat(ProcessKeys.ALL).as(variable + " processes").containsAll(variable.processKeys());
      assertThat(variable.description()).as(variable + " description").isNotBlank();
      assertThat(variable.type()).as(variable + " type").isIn(String.class, Long.class, Integer.class,
          Boolean.class, java.util.Date.class, byte[].class);
      assertThat(ProcessVariables.byName(variable.name())).isSameAs(variable);
    }
  }

  @Test
  void everyDeclaredVariableIsUsedByJavaABpmnOrAForm() throws IllegalAccessException {
    Set<String> used = new HashSet<>();
    ProcessModels.bpmnUses().forEach(u -> used.add(u.name()));
    ProcessModels.dmnInputs().values().forEach(used::addAll);
    for (Path form : ProcessModels.files(ProcessModels.FORMS, ".html")) {
      used.addAll(ProcessModels.formNames(ProcessModels.read(form)));
    }
    used.addAll(ProcessModels.sharedScriptNames());
    String java = JavaSources.mainOutsideContract();
    for (Field field : ProcessVariables.class.getFields()) {
      if (!Modifier.isStatic(field.getModifiers()) || "ALL".equals(field.getName())
          || !Pattern.compile("\\b" + field.getName() + "\\b").matcher(java).find()) {
        continue;
      }
      if (field.get(null) instanceof ProcessVariable<?> variable) {
        used.add(variable.name());
      } else if (field.get(null) instanceof Collection<?> list) {
        list.forEach(v -> used.add(((ProcessVariable<?>) v).name()));
      }
    }
    List<String> dead = ProcessVariables.ALL.stream().map(ProcessVariable::name).filter(n -> !used.contains(n)).toList();
    assertThat(dead).as("variables no Java, BPMN or form uses").isEmpty();
  }

  /** Why a name used by these processes breaks the contract, or nothing. */
  private static List<String> check(String name, Set<String> processKeys, String where) {
    ProcessVariable<?> variable = ProcessVariables.byName(name);
    if (variable == null) {
      return List.of(where + ": '" + name + "' is neither a bean, an engine built-in nor in ProcessVariables");
    }
    Set<String> missing = new LinkedHashSet<>(processKeys);
    missing.removeAll(variable.processKeys());
    return missing.isEmpty() ? List.of()
        : List.of(where + ": '" + name + "' is not declared for " + missing + " in ProcessVariables");
  }

  /** UNIT_ID for unitId, PH2_START_AT for ph2StartAt, ESCALATION1_AT for escalation1At. */
  static String constantName(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase();
  }

  /** The names of the application's Spring beans: scanned components and their @Bean methods. */
  static Set<String> beanNames() throws ClassNotFoundException {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new org.springframework.core.type.filter.AnnotationTypeFilter(Component.class));
    AnnotationBeanNameGenerator generator = new AnnotationBeanNameGenerator();
    SimpleBeanDefinitionRegistry registry = new SimpleBeanDefinitionRegistry();
    Set<String> names = new TreeSet<>();
    for (BeanDefinition candidate : scanner.findCandidateComponents("cn.qijin")) {
      names.add(generator.generateBeanName(candidate, registry));
      if (candidate instanceof AnnotatedBeanDefinition annotated) {
        Class<?> type = Class.forName(annotated.getMetadata().getClassName(), false,
            ProcessVariableContractTest.class.getClassLoader());
        for (Method method : type.getDeclaredMethods()) {
          Bean bean = method.getAnnotation(Bean.class);
          if (bean != null) {
            names.addAll(bean.name().length > 0 ? List.of(bean.name()) : List.of(method.getName()));
          }
        }
      }
    }
    return names;
  }
}
