package cn.qijin.common;

import cn.qijin.kernel.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The engine wraps whatever a task or execution listener throws into its own exception with an English
 * prefix. This interceptor, outside the transaction (which has rolled back by then), hands an
 * {@link InvalidInputException} found among the causes back as it was thrown, so {@code /api} callers catch the
 * typed exception, and records it on the current web request: Camunda's REST resources still turn any engine
 * exception into a 500, which {@code TaskFormErrorFilter} answers as 400 with the recorded Chinese message.
 */
@Component
public class UserRefusalUnwrapping extends AbstractProcessEnginePlugin {

  private static final String REQUEST_ATTRIBUTE = UserRefusalUnwrapping.class.getName() + ".refusal";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new Interceptor());
  }

  static final class Interceptor extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (RuntimeException e) {
        var refusal = refusalAmongCauses(e);
        if (refusal == null) {
          throw e;
        }
        var request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
          request.setAttribute(REQUEST_ATTRIBUTE, refusal, RequestAttributes.SCOPE_REQUEST);
        }
        throw refusal;
      }
    }
  }

  /** The refusal an engine command of this request ended with, if any. */
  public static InvalidInputException recordedFor(HttpServletRequest request) {
    return request.getAttribute(REQUEST_ATTRIBUTE) instanceof InvalidInputException refusal ? refusal : null;
  }

  static InvalidInputException refusalAmongCauses(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof InvalidInputException refusal) {
        return refusal;
      }
    }
    return null;
  }
}
