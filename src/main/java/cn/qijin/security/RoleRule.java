package cn.qijin.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the role annotations ({@link OfficeOnly}, {@link OfficeOrLeadership}, {@link AdminOnly}): a
 * {@code @PreAuthorize} on the user's authorities alone, never on the method's arguments, so that
 * {@link RolePreCheck} can check it before the arguments exist.
 */
@Target(ElementType.ANNOTATION_TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@interface RoleRule {}
