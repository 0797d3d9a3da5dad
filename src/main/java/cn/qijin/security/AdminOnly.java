package cn.qijin.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.HandleAuthorizationDenied;

/**
 * Camunda's administrators (group camunda-admin) only, not the office: engine-level operations such as moving running processes to a new version (least privilege). Refused with 403 and
 * "只有系统管理员（camunda-admin 组）可以进行此操作"; on a controller method checked before the request body is read ({@link RolePreCheck}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RoleRule
@PreAuthorize("hasAuthority('camunda-admin')")
@HandleAuthorizationDenied(handlerClass = RoleDenials.Admin.class)
public @interface AdminOnly {}
