package cn.qijin.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import org.springframework.aop.framework.AopProxyUtils;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks an endpoint's role annotation ({@link RoleRule}) before Spring MVC reads and validates the request:
 * method security proper runs only when the controller is called, after the body was bound and validated, so a
 * unit posting an invalid body to an office-only endpoint got 400 instead of 403. Here the same
 * {@code @PreAuthorize} is evaluated first (a role rule does not look at arguments); method security checks it
 * again at the call, which also covers calls from outside a request.
 */
class RolePreCheck implements HandlerInterceptor {

  private final PreAuthorizeAuthorizationManager manager;

  RolePreCheck(PreAuthorizeAuthorizationManager manager) {
    this.manager = manager;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!(handler instanceof HandlerMethod endpoint)) {
      return true;
    }
    Method method = endpoint.getMethod();
    if (!AnnotatedElementUtils.hasMetaAnnotationTypes(method, RoleRule.class)) {
      return true;
    }
    Object target = AopProxyUtils.getSingletonTarget(endpoint.getBean());
    var invocation = new SimpleMethodInvocation(target != null ? target : endpoint.getBean(), method,
        new Object[method.getParameterCount()]);
    AuthorizationResult result = manager.authorize(SecurityContextHolder.getContext()::getAuthentication, invocation);
    if (result != null && !result.isGranted()) {
      manager.handleDeniedInvocation(invocation, result);
    }
    return true;
  }
}
