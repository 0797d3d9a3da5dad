package cn.qijin.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls the application itself is responsible for (a unit's group and authorizations)
 * without the user's engine authentication. Callers have already checked the user's role; the user
 * never gets the broad engine permissions (Group/Authorization CREATE) that these calls need.
 */
@Component
public class SystemActions {

  private final IdentityService identity;
  private final ProcessEngine engine;

  public SystemActions(IdentityService identity, ProcessEngine engine) {
    this.identity = identity;
    this.engine = engine;
  }

  /**
   * As {@link #run(Supplier)}, with every engine call of {@code work} in one engine command: the engine writes
   * them together at its end (one flush, JDBC batches) instead of one round trip per call. Engine queries inside
   * do not see what the work has written so far; keep the work small (one unit and its accounts).
   */
  public <T> T runAsOneCommand(Supplier<T> work) {
    CommandExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired();
    return run(() -> executor.execute(context -> work.get()));
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
