package cn.qijin.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.HandleAuthorizationDenied;

/**
 * The office or the leadership group (领导小组), and the administrator: reading the campaign's figures. Refused with 403 and
 * "只有活动办公室或领导小组可以查看"; on a controller method checked before the request body is read ({@link RolePreCheck}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RoleRule
@PreAuthorize("hasAnyAuthority('office', 'camunda-admin', 'leadership')")
@HandleAuthorizationDenied(handlerClass = RoleDenials.OfficeOrLeadership.class)
public @interface OfficeOrLeadership {}
