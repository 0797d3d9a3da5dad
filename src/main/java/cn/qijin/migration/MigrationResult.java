package cn.qijin.migration;

import java.util.List;

/** What a migration moved: per process, from which versions to which, how many instances. */
public record MigrationResult(
    Long campaignId,
    String campaignName,
    int migratedInstances,
    String summary,
    List<MigratedProcess> processes) {

  public record MigratedProcess(
      String processKey,
      String processName,
      List<Integer> fromVersions,
      int toVersion,
      String toDefinitionId,
      int instances) {}
}
