package cn.qijin.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * qijin.operations.operator-groups: who may read the operator's endpoints under /actuator beyond health
 * (WebSecurityConfig; health details too, through management.endpoint.health.roles). The rest of
 * qijin.operations.* is the operations module's (OperationsProperties, docs/operations.md).
 *
 * @param operatorGroups Camunda groups that may read /actuator/prometheus and health details
 */
@ConfigurationProperties("qijin.operations")
public record OperatorProperties(@DefaultValue("camunda-admin") List<String> operatorGroups) {

  public OperatorProperties {
    if (operatorGroups == null || operatorGroups.isEmpty() || operatorGroups.stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException("qijin.operations.operator-groups must name at least one Camunda group");
    }
    operatorGroups = List.copyOf(operatorGroups);
  }
}
