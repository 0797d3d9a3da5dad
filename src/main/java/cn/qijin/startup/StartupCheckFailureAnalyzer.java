package cn.qijin.startup;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a failed start-up check as Spring Boot's short "APPLICATION FAILED TO START" text, no stack trace. */
public class StartupCheckFailureAnalyzer extends AbstractFailureAnalyzer<StartupCheckFailed> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, StartupCheckFailed cause) {
    return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
  }
}
