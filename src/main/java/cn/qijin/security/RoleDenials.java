package cn.qijin.security;

import cn.qijin.kernel.ForbiddenException;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.MethodAuthorizationDeniedHandler;

/**
 * What a refused role annotation answers: a {@link ForbiddenException} with the role's Chinese message (403 in
 * the API's error shape). Spring Security finds these handlers as beans ({@link RoleSecurityConfig}).
 */
public final class RoleDenials {

  private RoleDenials() {}

  abstract static class Denial implements MethodAuthorizationDeniedHandler {

    private final String message;

    Denial(String message) {
      this.message = message;
    }

    @Override
    public Object handleDeniedInvocation(MethodInvocation invocation, AuthorizationResult result) {
      throw new ForbiddenException(message);
    }
  }

  public static final class Office extends Denial {
    public Office() {
      super("只有活动办公室可以进行此操作");
    }
  }

  public static final class OfficeOrLeadership extends Denial {
    public OfficeOrLeadership() {
      super("只有活动办公室或领导小组可以查看");
    }
  }

  public static final class Admin extends Denial {
    public Admin() {
      super("只有系统管理员（camunda-admin 组）可以进行此操作");
    }
  }
}
