package cn.qijin.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qijin.QijinApplication;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature modules and their boundaries (issue 13 part 1), verified with Spring Modulith: every top-level
 * package under cn.qijin is a module, a module's sub-packages are internal to it, and modules depend only on
 * modules in a lower layer, so there is no cycle. Writes the module diagram into docs/modules/modules.md.
 */
class ModuleStructureTest {

  static final ApplicationModules MODULES = ApplicationModules.of(QijinApplication.class);

  /** Bottom to top: a module may depend on modules of lower layers only. */
  static final List<Set<String>> LAYERS = List.of(
      Set.of("kernel"),
      Set.of("common"),
      Set.of("errors"),
      Set.of("security"),
      Set.of("audit"),
      Set.of("unit", "template", "organisation"),
      Set.of("notification"),
      Set.of("campaign"),
      Set.of("evidence"),
      Set.of("obligation"),
      Set.of("checklist"),
      Set.of("mobilisation", "consolidation", "supervision", "tasklist", "operations"),
      Set.of("dashboard", "problemreport", "launch", "migration", "demo", "setup", "startup", "deployment"));

  @Test
  void spring_modulith_finds_no_cycle_and_no_access_to_a_module_internals() {
    MODULES.verify();
  }

  @Test
  void repositories_are_internal_to_their_module() {
    JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("cn.qijin");
    ArchRuleDefinition.classes().that().haveSimpleNameEndingWith("Repository")
        .should().resideInAPackage("cn.qijin.*.internal")
        .because("other modules read through the module's facade (issue 13)")
        .check(classes);
  }

  @Test
  void entities_are_internal_to_their_module() {
    JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("cn.qijin");
    ArchRuleDefinition.classes().that().areAnnotatedWith(jakarta.persistence.Entity.class)
        .should().resideInAPackage("cn.qijin..internal..")
        .because("other modules read the module's immutable value types through its facade (issue 13)")
        .check(classes);
  }

  @Test
  void every_module_depends_only_on_lower_layers() {
    assertThat(unlayered()).as("modules missing from LAYERS").isEmpty();
    List<String> upward = new ArrayList<>();
    dependencies().forEach((module, targets) -> targets.stream()
        .filter(target -> layer(target) >= layer(module))
        .forEach(target -> upward.add(module + " -> " + target)));
    assertThat(upward).as("dependencies on a module of the same or a higher layer").isEmpty();
  }

  @Test
  void the_module_diagram_in_docs_is_current() throws IOException {
    Path mermaid = Path.of("docs/modules/modules.md");
    String current = Files.exists(mermaid) ? Files.readString(mermaid, StandardCharsets.UTF_8) : "";
    // the PlantUML/C4 view (target/spring-modulith-docs) varies in line order from run to run, so it is not committed
    new Documenter(MODULES).writeModulesAsPlantUml();
    String expected = mermaid();
    Files.writeString(mermaid, expected, StandardCharsets.UTF_8);
    assertThat(current).as("docs/modules/modules.md was stale and has been rewritten: commit it").isEqualTo(expected);
  }

  private static Map<String, Set<String>> dependencies() {
    Map<String, Set<String>> result = new TreeMap<>();
    for (ApplicationModule module : MODULES) {
      Set<String> targets = new TreeSet<>();
      module.getDirectDependencies(MODULES).uniqueModules().map(ApplicationModule::getName).forEach(targets::add);
      targets.remove(module.getName());
      result.put(module.getName(), targets);
    }
    return result;
  }

  private static Set<String> unlayered() {
    Set<String> missing = new TreeSet<>();
    MODULES.forEach(m -> {
      if (LAYERS.stream().noneMatch(l -> l.contains(m.getName()))) {
        missing.add(m.getName());
      }
    });
    return missing;
  }

  private static int layer(String module) {
    for (int i = 0; i < LAYERS.size(); i++) {
      if (LAYERS.get(i).contains(module)) {
        return i;
      }
    }
    throw new IllegalStateException(module);
  }

  private static String mermaid() {
    StringBuilder md = new StringBuilder();
    md.append("# Modules\n\nGenerated by `ModuleStructureTest` from the code (Spring Modulith); do not edit by hand. Each\n")
        .append("top-level package of `cn.qijin` is a module; an arrow is a dependency, always towards a lower layer\n")
        .append("(`docs/development.md`, *Modules*).\n\n```mermaid\nflowchart BT\n");
    dependencies().forEach((module, targets) -> {
      if (targets.isEmpty()) {
        md.append("  ").append(module).append('\n');
      }
      targets.forEach(target -> md.append("  ").append(module).append(" --> ").append(target).append('\n'));
    });
    md.append("```\n\n| layer (bottom first) | modules |\n|---|---|\n");
    for (int i = 0; i < LAYERS.size(); i++) {
      md.append("| ").append(i).append(" | ").append(String.join(", ", new TreeSet<>(LAYERS.get(i)))).append(" |\n");
    }
    return md.toString();
  }
}
