package cn.qijin.migration;

import java.util.List;

/**
 * For one campaign: per process of the product, the versions its running instances are on, the latest
 * version, and whether each older version's instances can be moved to the latest one (found by trying
 * the migration in a transaction that is always rolled back).
 */
public record MigrationPreview(
    Long campaignId,
    String campaignName,
    /** running instances of this campaign on an older version than the latest */
    int instancesOnOlderVersions,
    /** true when there is something to migrate and all of it can be migrated */
    boolean migratable,
    String summary,
    List<ProcessVersions> processes) {

  public record ProcessVersions(
      String processKey,
      String processName,
      int latestVersion,
      String latestDefinitionId,
      int runningInstances,
      int onLatestVersion,
      List<SourceVersion> olderVersions) {}

  public record SourceVersion(
      int version,
      String processDefinitionId,
      int instances,
      /** false when the BPMN is byte for byte the latest one (redeployed with the rest of a release) */
      boolean modelChanged,
      boolean migratable,
      /** Chinese: what happens, or why it cannot be migrated */
      String summary,
      /** Chinese, one line per kind of problem, with the number of instances */
      List<String> problems,
      /** the engine's own validation report (English), grouped */
      List<String> details) {}
}
