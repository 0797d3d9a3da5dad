package cn.qijin.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls the application itself is responsible for (a unit's group and authorizations)
 * without the user's engine authentication. Callers have already checked the user's role; the user
 * never gets the broad engine permissions (Group/Authorization CREATE) that these calls need.
 */
@Component
public class SystemActions {

  private final IdentityService identity;

  public SystemActions(IdentityService identity) {
    this.identity = identity;
  }

  public <T> T run(Supplier<T> work) {
    Authentication user = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (user != null) {
        identity.setAuthentication(user);
      }
    }
  }

  public void run(Runnable work) {
    run(() -> {
      work.run();
      return null;
    });
  }
}
