package cn.qijin.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import cn.qijin.kernel.process.ProcessKeys;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * Who may see what in the engine (authorizations are on). The office and the leadership group see
 * every campaign and unit process; a unit's group sees its own process instances (granted when the
 * instance starts) and its tasks (granted by Camunda to candidate groups).
 */
@Component
public class AccessRules {

  public static final String UNIT_PROCESS = ProcessKeys.UNIT_CAMPAIGN;
  public static final String CAMPAIGN_PROCESS = ProcessKeys.CAMPAIGN;
  public static final String OBLIGATION_PROCESS = ProcessKeys.OBLIGATION;
  public static final String SUPERVISION_PROCESS = ProcessKeys.SUPERVISION;
  public static final String PROBLEM_PROCESS = ProcessKeys.PROBLEM_RECTIFICATION;
  public static final String PROBLEM_REPORT_PROCESS = ProcessKeys.PROBLEM_REPORT;
  public static final String CAMPAIGN_LAUNCH_PROCESS = ProcessKeys.CAMPAIGN_LAUNCH;

  private final AuthorizationService authorizations;
  private final IdentityService identity;

  public AccessRules(AuthorizationService authorizations, IdentityService identity) {
    this.authorizations = authorizations;
    this.identity = identity;
  }

  public void setUpRoles() {
    ensureGroup(Roles.OFFICE, "“七进”活动办公室");
    ensureGroup(Roles.LEADERSHIP, "“七进”活动领导小组");
    for (String role : new String[] {Roles.OFFICE, Roles.LEADERSHIP}) {
      grant(role, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grant(role, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
      grant(role, Resources.DEPLOYMENT, "*", Permissions.READ);
      grant(role, Resources.DECISION_DEFINITION, "*", Permissions.READ);
      grant(role, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.READ);
      grant(role, Resources.USER, "*", Permissions.READ);
      grant(role, Resources.GROUP, "*", Permissions.READ);
    }
    // Least privilege (issue 10): the office claims and completes every task, and changes none of them —
    // no due dates, assignees, candidate groups or variables outside a form; that is the administrator's.
    grantExactly(Roles.OFFICE, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.TASK_WORK);
    // The office proposes campaigns (发起活动, ORG-2); a campaign process starts only once the leadership group
    // approved the proposal (ORG-1), by the application — an earlier version let the office start it directly.
    grantExactly(Roles.OFFICE, Resources.PROCESS_DEFINITION, CAMPAIGN_LAUNCH_PROCESS, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.TASK_WORK,
        ProcessDefinitionPermissions.CREATE_INSTANCE);
    grantExactly(Roles.OFFICE, Resources.PROCESS_DEFINITION, CAMPAIGN_PROCESS, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.TASK_WORK);
    grantExactly(Roles.OFFICE, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.READ,
        ProcessInstancePermissions.CREATE);
    grantExactly(Roles.OFFICE, Resources.TASK, "*", TaskPermissions.READ, TaskPermissions.TASK_WORK);
    grant(Roles.LEADERSHIP, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_TASK);
    grant(Roles.LEADERSHIP, Resources.TASK, "*", TaskPermissions.READ);
  }

  /**
   * Task grants written by an earlier version gave candidate groups UPDATE (the engine's default then):
   * they become READ and TASK_WORK, as the engine now grants them (issue 10). A no-op once done.
   */
  public int tightenTaskGrants() {
    List<Authorization> loose = authorizations.createAuthorizationQuery().resourceType(Resources.TASK)
        .hasPermission(Permissions.UPDATE).list().stream()
        .filter(a -> !Authorization.ANY.equals(a.getResourceId()) && !Roles.ADMIN.equals(a.getGroupId()))
        .toList();
    for (Authorization auth : loose) {
      auth.setPermissions(new Permission[] {TaskPermissions.READ, TaskPermissions.TASK_WORK});
      authorizations.saveAuthorization(auth);
    }
    return loose.size();
  }

  /** What a unit group may do, beyond the tasks and instances granted to it one by one. */
  private record Grant(Resource resource, String resourceId, Permission... permissions) {}

  private static final List<Grant> UNIT_GRANTS = List.of(
      // Tasklist for the unit's staff, the definitions of the processes it works in (name, diagram, forms)
      new Grant(Resources.APPLICATION, "tasklist", Permissions.ACCESS),
      new Grant(Resources.PROCESS_DEFINITION, UNIT_PROCESS, ProcessDefinitionPermissions.READ),
      new Grant(Resources.PROCESS_DEFINITION, OBLIGATION_PROCESS, ProcessDefinitionPermissions.READ),
      // units sign the office's quarterly notices (ORG-2 通报); the task itself is granted as a candidate group's
      new Grant(Resources.PROCESS_DEFINITION, SUPERVISION_PROCESS, ProcessDefinitionPermissions.READ),
      new Grant(Resources.PROCESS_DEFINITION, PROBLEM_PROCESS, ProcessDefinitionPermissions.READ),
      // ORG-1: a unit's staff report problems to the office from Tasklist (上报问题); this is the only process a
      // unit may start — CREATE on instances is useless without CREATE_INSTANCE on a definition
      new Grant(Resources.PROCESS_DEFINITION, PROBLEM_REPORT_PROCESS, ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.CREATE_INSTANCE),
      new Grant(Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE));

  /**
   * Gives a unit's group what its staff need ({@link #UNIT_GRANTS}); a no-op for a group that has it. One query
   * for the group's grants, so registering thousands of units from a sheet stays quick.
   */
  public void grantUnitGroup(String groupId) {
    Map<String, Authorization> existing = authorizations.createAuthorizationQuery().groupIdIn(groupId).list().stream()
        .filter(a -> a.getAuthorizationType() == AUTH_TYPE_GRANT)
        .collect(Collectors.toMap(a -> a.getResourceType() + ":" + a.getResourceId(), a -> a, (a, b) -> a));
    for (Grant grant : UNIT_GRANTS) {
      Authorization auth = existing.get(grant.resource().resourceType() + ":" + grant.resourceId());
      if (auth == null || !Arrays.stream(grant.permissions()).allMatch(auth::isPermissionGranted)) {
        save(auth, groupId, grant.resource(), grant.resourceId(), grant.permissions());
      }
    }
  }

  /**
   * As {@link #grantUnitGroup}, for a group known to hold no grant yet (checked by the caller for many groups at
   * once): writes the grants without looking.
   */
  public void grantNewUnitGroup(String groupId) {
    UNIT_GRANTS.forEach(grant -> save(null, groupId, grant.resource(), grant.resourceId(), grant.permissions()));
  }

  /** The groups among these that hold any grant or revocation (looked up in chunks of 500). */
  public Set<String> groupsWithAuthorizations(Collection<String> groupIds) {
    Set<String> found = new HashSet<>();
    List<String> ids = List.copyOf(groupIds);
    for (int from = 0; from < ids.size(); from += 500) {
      authorizations.createAuthorizationQuery()
          .groupIdIn(ids.subList(from, Math.min(ids.size(), from + 500)).toArray(String[]::new)).list()
          .forEach(a -> found.add(a.getGroupId()));
    }
    return found;
  }

  /** A unit's staff may read the unit's own process instance, and no other. */
  public void grantUnitInstance(String groupId, String processInstanceId) {
    grant(groupId, Resources.PROCESS_INSTANCE, processInstanceId, ProcessInstancePermissions.READ);
  }

  public void grantFilter(String groupId, String filterId) {
    grant(groupId, Resources.FILTER, filterId, Permissions.READ);
  }

  public void grantFilterToAll(String filterId) {
    Authorization existing = authorizations.createAuthorizationQuery()
        .resourceType(Resources.FILTER).resourceId(filterId).userIdIn(Authorization.ANY).singleResult();
    Authorization auth = existing != null ? existing : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
    auth.setResource(Resources.FILTER);
    auth.setResourceId(filterId);
    auth.addPermission(Permissions.READ);
    authorizations.saveAuthorization(auth);
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = grantOf(groupId, resource, resourceId);
    if (existing != null && Arrays.stream(permissions).allMatch(existing::isPermissionGranted)) {
      return;
    }
    save(existing, groupId, resource, resourceId, permissions);
  }

  /** As {@link #grant}, and takes back what an earlier version granted beyond these permissions. */
  private void grantExactly(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = grantOf(groupId, resource, resourceId);
    if (existing != null) {
      existing.setPermissions(new Permission[] {Permissions.NONE});
    }
    save(existing, groupId, resource, resourceId, permissions);
  }

  private Authorization grantOf(String groupId, Resource resource, String resourceId) {
    return authorizations.createAuthorizationQuery()
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
  }

  private void save(Authorization existing, String groupId, Resource resource, String resourceId,
      Permission... permissions) {
    Authorization auth = existing != null ? existing : authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    auth.setGroupId(groupId);
    auth.setResource(resource);
    auth.setResourceId(resourceId);
    for (Permission p : permissions) {
      auth.addPermission(p);
    }
    authorizations.saveAuthorization(auth);
  }

  private void ensureGroup(String id, String name) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType("WORKFLOW");
      identity.saveGroup(group);
    }
  }
}
