package cn.qijin.security;

import java.security.Principal;
import java.util.List;

/**
 * The user of a request as Camunda's identity service knows it: the principal of the request's Spring
 * Security authentication, and what the engine's authentication is set to for the request.
 */
public record EngineUser(String userId, List<String> groups, List<String> tenants) implements Principal {

  public EngineUser {
    groups = groups == null ? List.of() : List.copyOf(groups);
    tenants = tenants == null ? List.of() : List.copyOf(tenants);
  }

  @Override
  public String getName() {
    return userId;
  }
}
