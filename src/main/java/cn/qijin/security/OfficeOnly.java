package cn.qijin.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.HandleAuthorizationDenied;

/**
 * The office (活动办公室) — and the administrator, who may do what the office does. Refused with 403 and
 * "只有活动办公室可以进行此操作"; on a controller method checked before the request body is read ({@link RolePreCheck}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RoleRule
@PreAuthorize("hasAnyAuthority('office', 'camunda-admin')")
@HandleAuthorizationDenied(handlerClass = RoleDenials.Office.class)
public @interface OfficeOnly {}
